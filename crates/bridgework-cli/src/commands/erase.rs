//! `bridgework erase`: erase a person for good, everywhere the map holds them.

use bridgework_api::{ApiError, ErrorCode, Result};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

/// Erase a person from a map for good: from the live map, every snapshot,
/// the undo and redo history (each entry that held their data is rewritten
/// without it), the saved positions and the pseudonym table; then the file
/// is vacuumed with secure deletion on, so none of their name, email or
/// phone is left in it. Nobody else's pseudonym changes.
///
/// An erasure cannot be undone. It asks first, showing exactly what will
/// go; with no terminal to ask on, it says what would go and stops unless
/// --yes is given. The audit log records that an erasure happened, when,
/// how much went and --reason, never who.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    /// The spreadsheet id of the person to erase.
    #[arg(long, value_name = "ID")]
    person: String,
    /// Why, for the audit log (a request's reference, say); it must not
    /// name the person.
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
    /// Erase without asking.
    #[arg(long)]
    yes: bool,
}

pub fn run(args: Args) -> Result<()> {
    let plan = bridgework_api::erasure_plan(&args.file, &args.person)?;
    if !args.yes {
        let what = plan.describe();
        if !std::io::stdin().is_terminal() {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!(
                    "erasing would take away {what} from {}, for good; nothing was erased (there is no terminal \
                     to ask on: give --yes to erase)",
                    args.file.display()
                ),
            ));
        }
        eprint!("This erases {what} from {}. It cannot be undone. Erase? [y/N] ", args.file.display());
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer).map_err(super::io_error)?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            return Err(ApiError::new(ErrorCode::Cancelled, "nothing was erased"));
        }
    }
    let done = bridgework_api::erase_person(&args.file, &args.person, args.reason.as_deref())?;
    println!("Erased {} from {}; this cannot be undone.", done.describe(), args.file.display());
    Ok(())
}
