//! The two layouts of a report, from content models made here: names that
//! look like markup stay text, and each layout says what the model says.

mod hostile;
mod layouts;
