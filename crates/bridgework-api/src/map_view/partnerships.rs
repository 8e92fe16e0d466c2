//! The partnerships page of the open map, from the session's network and
//! weak-link report rather than a fresh read and analysis of the file.

use super::MapSession;
use crate::partnerships::{PartnershipsView, view};
use crate::weak_links::{WeakLinksRequest, WeakLinksView, described};

impl MapSession {
    /// Every partnership with its assessments, its partner links by urgency
    /// and the level coverage of each pair of its organisations.
    pub fn partnerships(&self) -> PartnershipsView {
        view(self.net(), &self.weak)
    }

    /// The weak-link report of the whole map, as `bridgework weak-links`
    /// words it with its default thresholds, from the session's analysis
    /// (made with those defaults) rather than a second one.
    pub(crate) fn weak_links(&self) -> WeakLinksView {
        described(self.net(), &self.weak, &WeakLinksRequest::new(self.day()), None, None)
    }
}
