-- The day a snapshot's data describes (YYYY-MM-DD), which its taker may set
-- to an earlier day than the one it was taken on, for data that describes
-- that day. NULL (snapshots taken before this column) means the day it was
-- taken.
ALTER TABLE snapshot ADD COLUMN as_of TEXT;
