//! Inserting many rows at once. One statement per row spends more time
//! starting and finishing statements than storing rows, so rows go in
//! batches of up to 64 per statement, bound in place without copies on the
//! Rust side.

use rusqlite::{Connection, Statement};

/// Rows per INSERT statement: 64 rows of up to 11 values stay far below
/// SQLite's limit of 32,766 parameters.
const ROWS_PER_STATEMENT: usize = 64;

/// Binds one row's values after the first `offset` parameters of a statement.
pub(crate) type Bind<'r, T> = dyn Fn(&mut Statement<'_>, usize, &T) -> rusqlite::Result<()> + 'r;

/// Inserts `rows` into `table`'s `columns`, calling `written` with the number
/// written so far after each batch.
pub(crate) fn insert_all<T>(
    conn: &Connection,
    table: &str,
    columns: &[&str],
    rows: &[T],
    bind: &Bind<'_, T>,
    mut written: impl FnMut(usize),
) -> rusqlite::Result<()> {
    let values = |rows: usize| vec![format!("({})", vec!["?"; columns.len()].join(", ")); rows].join(", ");
    let sql = |rows: usize| format!("INSERT INTO {table} ({}) VALUES {}", columns.join(", "), values(rows));
    let mut chunks = rows.chunks_exact(ROWS_PER_STATEMENT);
    if rows.len() >= ROWS_PER_STATEMENT {
        let mut many = conn.prepare(&sql(ROWS_PER_STATEMENT))?;
        for (i, chunk) in chunks.by_ref().enumerate() {
            for (row, value) in chunk.iter().enumerate() {
                bind(&mut many, row * columns.len(), value)?;
            }
            many.raw_execute()?;
            written((i + 1) * ROWS_PER_STATEMENT);
        }
    }
    let mut one = conn.prepare_cached(&sql(1))?;
    for value in chunks.remainder() {
        bind(&mut one, 0, value)?;
        one.raw_execute()?;
    }
    written(rows.len());
    Ok(())
}

/// The row id the next new row of `table` gets. Rows are given their ids
/// before they are written, so that rows referring to them can be written in
/// the same batch.
pub(crate) fn next_id(conn: &Connection, table: &str) -> rusqlite::Result<i64> {
    conn.query_row(&format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"), [], |row| row.get(0))
}
