//! How communities cut across organisation boundaries: a community that spans
//! organisations is a cross-boundary working group; an organisation split
//! across communities has silos.
//!
//! Agreement overall is measured as scikit-learn measures it:
//! `normalized_mutual_info_score` (arithmetic mean of the two entropies) and
//! `adjusted_rand_score`, including their answers for the degenerate cases.

/// Communities set against groups (organisations, teams).
#[derive(Debug, Clone, PartialEq)]
pub struct Crosscut {
    /// Normalised mutual information, 0 (independent) to 1 (the same division).
    pub nmi: f64,
    /// Adjusted Rand index: 1 for the same division, about 0 by chance, can
    /// be negative.
    pub adjusted_rand: f64,
    /// Each community and the groups its members come from, by community.
    pub per_community: Vec<CommunityMix>,
    /// Each group and the communities its members fall into, by group.
    pub per_group: Vec<GroupMix>,
}

/// The groups one community's members come from.
#[derive(Debug, Clone, PartialEq)]
pub struct CommunityMix {
    pub community: u32,
    /// Members.
    pub size: usize,
    /// (group, members from it), most first; equal counts by group.
    pub groups: Vec<(u32, usize)>,
    /// The share of members from the largest group: 1 for a community
    /// inside one group, low for a cross-boundary one.
    pub dominant_share: f64,
}

/// The communities one group's members fall into.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMix {
    pub group: u32,
    /// Members.
    pub size: usize,
    /// (community, members in it), most first; equal counts by community.
    pub communities: Vec<(u32, usize)>,
    /// The share of members in the largest community: 1 for a group that
    /// stays together, low for one split into silos.
    pub dominant_share: f64,
}

/// Sets `membership` (the community of each node) against `groups` (the
/// group of each node); any numbers serve as labels.
///
/// # Panics
/// If the two have different lengths.
pub fn against_groups(membership: &[u32], groups: &[u32]) -> Crosscut {
    assert_eq!(membership.len(), groups.len(), "one community and one group per node");
    // The contingency table as (community, group, count), sorted.
    let mut pairs: Vec<(u32, u32)> = membership.iter().copied().zip(groups.iter().copied()).collect();
    pairs.sort_unstable();
    let mut cells: Vec<(u32, u32, usize)> = Vec::new();
    for (c, g) in pairs {
        match cells.last_mut() {
            Some((lc, lg, count)) if (*lc, *lg) == (c, g) => *count += 1,
            _ => cells.push((c, g, 1)),
        }
    }
    let per_community: Vec<CommunityMix> = mixes(&cells)
        .map(|(community, size, groups, dominant_share)| CommunityMix { community, size, groups, dominant_share })
        .collect();
    let mut transposed: Vec<(u32, u32, usize)> = cells.iter().map(|&(c, g, count)| (g, c, count)).collect();
    transposed.sort_unstable();
    let per_group: Vec<GroupMix> = mixes(&transposed)
        .map(|(group, size, communities, dominant_share)| GroupMix { group, size, communities, dominant_share })
        .collect();

    let community_sizes: Vec<usize> = per_community.iter().map(|mix| mix.size).collect();
    let group_sizes: Vec<usize> = per_group.iter().map(|mix| mix.size).collect();
    let group_size = |g: u32| per_group[per_group.partition_point(|mix| mix.group < g)].size;
    // Cells are sorted by community, so each run of them shares a row total.
    let mut cells_with_totals = Vec::with_capacity(cells.len());
    for (row, mix) in cells.chunk_by(|a, b| a.0 == b.0).zip(&per_community) {
        cells_with_totals.extend(row.iter().map(|&(_, g, count)| (mix.size, group_size(g), count)));
    }
    let n = membership.len();
    Crosscut {
        nmi: nmi(&cells_with_totals, &community_sizes, &group_sizes, n),
        adjusted_rand: adjusted_rand(&cells_with_totals, &community_sizes, &group_sizes, n),
        per_community,
        per_group,
    }
}

/// For each row of sorted (row, column, count) cells: the row, its total,
/// its columns by decreasing count, and the largest column's share.
fn mixes(cells: &[(u32, u32, usize)]) -> impl Iterator<Item = (u32, usize, Vec<(u32, usize)>, f64)> + '_ {
    cells.chunk_by(|a, b| a.0 == b.0).map(|row| {
        let mut columns: Vec<(u32, usize)> = row.iter().map(|&(_, column, count)| (column, count)).collect();
        columns.sort_unstable_by_key(|&(column, count)| (std::cmp::Reverse(count), column));
        let size: usize = columns.iter().map(|column| column.1).sum();
        let share = columns[0].1 as f64 / size as f64;
        (row[0].0, size, columns, share)
    })
}

/// Entropy, in nats, of a division of `n` items into parts of these sizes.
fn entropy(sizes: &[usize], n: usize) -> f64 {
    let n = n as f64;
    -sizes.iter().map(|&s| s as f64 / n).map(|p| p * p.ln()).sum::<f64>()
}

/// scikit-learn's `normalized_mutual_info_score` with the arithmetic mean,
/// from the contingency table's non-empty cells as (row total, column total,
/// count) and the row and column totals.
fn nmi(cells: &[(usize, usize, usize)], rows: &[usize], columns: &[usize], n: usize) -> f64 {
    // Neither division splits anything (or there is nothing): a perfect match.
    if rows.len() == columns.len() && rows.len() <= 1 {
        return 1.0;
    }
    // One side splits nothing, so it tells nothing about the other.
    if rows.len() == 1 || columns.len() == 1 {
        return 0.0;
    }
    let total = n as f64;
    let mutual: f64 = cells
        .iter()
        .map(|&(row, column, count)| {
            let term = count as f64 / total * (total * count as f64 / (row as f64 * column as f64)).ln();
            // As scikit-learn: terms within rounding of zero are zero.
            if term.abs() < f64::EPSILON { 0.0 } else { term }
        })
        .sum();
    if mutual <= 0.0 {
        return 0.0;
    }
    mutual / ((entropy(rows, n) + entropy(columns, n)) / 2.0)
}

/// scikit-learn's `adjusted_rand_score`, from pair counts kept exact in
/// integers (they pass 2⁶⁴ beyond a few billion nodes squared).
fn adjusted_rand(cells: &[(usize, usize, usize)], rows: &[usize], columns: &[usize], n: usize) -> f64 {
    let square_sum = |xs: &mut dyn Iterator<Item = usize>| xs.map(|x| (x as i128) * (x as i128)).sum::<i128>();
    let n = n as i128;
    let both = square_sum(&mut cells.iter().map(|cell| cell.2));
    let same_row_only = square_sum(&mut rows.iter().copied()) - both;
    let same_column_only = square_sum(&mut columns.iter().copied()) - both;
    let together = both - n;
    let apart = n * n - same_row_only - same_column_only - both;
    if same_row_only == 0 && same_column_only == 0 {
        return 1.0;
    }
    let numerator = 2 * (together * apart - same_row_only * same_column_only);
    let denominator = (together + same_row_only) * (same_row_only + apart)
        + (together + same_column_only) * (same_column_only + apart);
    numerator as f64 / denominator as f64
}
