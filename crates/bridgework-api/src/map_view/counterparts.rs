//! The "Find a counterpart" page on the open map: the same ranking as
//! [`crate::find_counterparts`], answered from the session's network (its day
//! and strength model) without reading the file again.

use super::MapSession;
use crate::{CounterpartSearch, CounterpartsView, Result, counterparts_in};

impl MapSession {
    /// The people of a partner organisation ranked for `search`, with the
    /// reasons and who could introduce them. Fails with `invalid-input` when
    /// neither a person nor a role is given or no organisation is chosen, and
    /// `not-found` for an id the map does not hold.
    pub fn counterparts(&self, search: &CounterpartSearch) -> Result<CounterpartsView> {
        counterparts_in(self.net(), &search.request(self.day())?)
    }
}
