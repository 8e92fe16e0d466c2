//! PNG and PDF from the picture's SVG: the SVG is parsed once into a usvg
//! tree, with the one font shipped in `assets/fonts/` (DejaVu Sans, see its
//! licence beside it) and no system font, so a picture renders the same on
//! every machine; resvg rasterises the tree, svg2pdf writes it as vector PDF.
//!
//! Characters DejaVu Sans lacks (emoji, most of CJK) do not show in PNG and
//! PDF (at most as the font's missing-character sign); the SVG keeps them
//! for a viewer whose fonts have them.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};
use std::sync::{Arc, OnceLock};

/// The one font pictures are set in.
pub(crate) static FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const FAMILY: &str = "DejaVu Sans";

/// Why a picture could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the picture's SVG cannot be read: {0}")]
    Svg(#[from] usvg::Error),
    #[error("a picture {width} × {height} pixels is too large to render")]
    TooLarge { width: u32, height: u32 },
    #[error("the PNG cannot be written: {0}")]
    Png(String),
    #[error("the PDF cannot be written: {0}")]
    Pdf(String),
}

/// The shipped font and nothing else, loaded once.
fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut fonts = fontdb::Database::new();
            fonts.load_font_data(FONT.to_vec());
            fonts.set_sans_serif_family(FAMILY);
            Arc::new(fonts)
        })
        .clone()
}

/// Parses `svg` with the shipped font.
pub fn tree(svg: &str) -> Result<usvg::Tree, RenderError> {
    let options = usvg::Options { font_family: FAMILY.to_string(), fontdb: fonts(), ..usvg::Options::default() };
    Ok(usvg::Tree::from_str(svg, &options)?)
}

/// The SVG as a PNG image, `scale` pixels for each of the SVG's (2 for a
/// sharp picture on a high-density screen or in print).
pub fn to_png(svg: &str, scale: f32) -> Result<Vec<u8>, RenderError> {
    let tree = tree(svg)?;
    let size = tree.size().to_int_size().scale_by(scale);
    let (width, height) = size.map_or((0, 0), |s| (s.width(), s.height()));
    // 16,384 pixels a side is well beyond print quality and keeps memory to ~1 GiB at most.
    let too_large = RenderError::TooLarge { width, height };
    if width > 16_384 || height > 16_384 {
        return Err(too_large);
    }
    let mut pixmap = Pixmap::new(width, height).ok_or(too_large)?;
    resvg::render(&tree, Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| RenderError::Png(e.to_string()))
}

/// The SVG as a one-page vector PDF, the page the SVG's size at 96 pixels to
/// the inch (the page of a 1280-pixel-wide picture is 13.3 inches wide).
pub fn to_pdf(svg: &str) -> Result<Vec<u8>, RenderError> {
    let tree = tree(svg)?;
    let page = svg2pdf::PageOptions { dpi: 96.0 };
    svg2pdf::to_pdf(&tree, svg2pdf::ConversionOptions::default(), page).map_err(|e| RenderError::Pdf(e.to_string()))
}
