//! The board pack report: a dated account of a map's partnerships in plain
//! words, made from a plain content model ([`Report`]) that knows nothing
//! of maps (the api builds it from the analyses, whose own sentences it
//! carries). Two layouts of that one model:
//!
//! - a PDF typeset by Typst used as a library ([`typeset`]), with the fonts
//!   shipped in `assets/fonts/` and no other, so it is the same everywhere;
//! - one self-contained HTML file ([`html`]): inline CSS and SVG, no script,
//!   nothing fetched.
//!
//! Names are data, never markup: Typst reads the model as JSON values, and
//! the HTML escapes every string.

mod chart;
mod content;
pub mod html;
pub mod typeset;

pub use content::{
    Assessment, Broker, CategoryCount, CategoryMove, ChangeCounts, Changes, Community, Heatmap, LinkRow,
    PartnershipSection, Report, Structure, Summary, Trust, TrustCheck, UrgentLink,
};
pub use html::to_html;
pub use typeset::{TypesetError, to_pdf};
