//! The partnerships page of the open map, from the session's network and
//! weak-link report rather than a fresh read and analysis of the file.

use super::MapSession;
use crate::partnerships::{PartnershipsView, view};

impl MapSession {
    /// Every partnership with its assessments, its partner links by urgency
    /// and the level coverage of each pair of its organisations.
    pub fn partnerships(&self) -> PartnershipsView {
        view(self.net(), &self.weak)
    }
}
