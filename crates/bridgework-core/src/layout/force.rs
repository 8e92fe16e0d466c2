//! The two geometric steps the layout is built from: a weighted
//! force-directed relaxation (Fruchterman–Reingold with per-pair ideal
//! distances) and an overlap removal that pushes discs apart.
//!
//! Both walk bodies and pairs in slice order on one thread, so the result is
//! a pure function of the input order, which the caller fixes by sorted ids.
//!
//! Cost: O(n²) per iteration. They run on organisations, on one
//! organisation's teams and on one team's people, never on the whole map.

/// A disc being placed: its centre, its radius and whether it is pinned.
#[derive(Debug, Clone, Copy)]
pub(super) struct Body {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub fixed: bool,
}

/// How a relaxation runs.
#[derive(Debug, Clone, Copy)]
pub(super) struct Spring {
    pub iterations: usize,
    /// Empty space wanted between two discs at rest.
    pub gap: f64,
    /// Pull towards the origin, as a fraction of the distance to it: keeps
    /// bodies with no edges from drifting off.
    pub gravity: f64,
    /// The largest first step; steps then shrink linearly to nothing, so the
    /// layout settles rather than oscillates.
    pub start_step: f64,
    /// Bodies are kept within this distance of the origin, if given.
    pub bound: Option<f64>,
}

/// The golden angle: successive multiples never line up, which spreads
/// spirals evenly and gives coincident pairs distinct escape directions.
pub(super) const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;

/// A unit direction from `b` to `a`; when they coincide, a direction fixed by
/// their positions in the slice, so that they separate deterministically.
fn direction(a: &Body, b: &Body, i: usize, j: usize) -> (f64, f64, f64) {
    let (dx, dy) = (a.x - b.x, a.y - b.y);
    let d = dx.hypot(dy);
    if d > 1e-9 {
        (dx / d, dy / d, d)
    } else {
        let angle = i as f64 * GOLDEN_ANGLE + j as f64;
        (angle.cos(), angle.sin(), 1e-9)
    }
}

/// Relaxes `bodies` under repulsion between every pair (ideal distance the
/// two radii plus the gap), attraction along `edges` (weights in 0..=1: a
/// weight-1 edge rests at the ideal distance, weaker ones further out) and
/// gravity. Pinned bodies push and pull but never move.
pub(super) fn relax(bodies: &mut [Body], edges: &[(usize, usize, f64)], spring: Spring) {
    let n = bodies.len();
    let mut disp = vec![(0.0, 0.0); n];
    for iteration in 0..spring.iterations {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (ux, uy, d) = direction(&bodies[i], &bodies[j], i, j);
                let k = bodies[i].r + bodies[j].r + spring.gap;
                let f = k * k / d;
                disp[i].0 += ux * f;
                disp[i].1 += uy * f;
                disp[j].0 -= ux * f;
                disp[j].1 -= uy * f;
            }
        }
        for &(i, j, w) in edges {
            let (ux, uy, d) = direction(&bodies[i], &bodies[j], i, j);
            let k = bodies[i].r + bodies[j].r + spring.gap;
            let f = w * d * d / k;
            disp[i].0 -= ux * f;
            disp[i].1 -= uy * f;
            disp[j].0 += ux * f;
            disp[j].1 += uy * f;
        }
        let step = spring.start_step * (1.0 - iteration as f64 / spring.iterations as f64);
        for (body, &(dx, dy)) in bodies.iter_mut().zip(&disp) {
            if body.fixed {
                continue;
            }
            let (dx, dy) = (dx - spring.gravity * body.x, dy - spring.gravity * body.y);
            let len = dx.hypot(dy);
            if len > 1e-12 {
                let scale = len.min(step) / len;
                body.x += dx * scale;
                body.y += dy * scale;
            }
            if let Some(bound) = spring.bound {
                let from_origin = body.x.hypot(body.y);
                if from_origin > bound {
                    body.x *= bound / from_origin;
                    body.y *= bound / from_origin;
                }
            }
        }
    }
}

/// Pushes apart every pair of discs closer than their radii plus `gap`, for
/// at most `passes` sweeps or until none overlap. A pinned disc stays put and
/// the other moves the whole way.
///
/// Each sweep visits pairs in order of x (sweep and prune): two discs whose
/// centres are further apart in x than the reach of the larger disc cannot
/// overlap, so a sweep costs O(n log n + overlapping candidates) rather than
/// O(n²), which is what keeps an organisation of a thousand teams fast.
/// Discs move during a sweep, so a sweep may miss a pair; the next one, sorted
/// afresh, finds it, and the loop only ends early after a sweep that moved
/// nothing, whose order was therefore exact.
pub(super) fn separate(bodies: &mut [Body], gap: f64, passes: usize) {
    let n = bodies.len();
    let widest = bodies.iter().map(|b| b.r).fold(0.0, f64::max);
    let mut order: Vec<usize> = (0..n).collect();
    for _ in 0..passes {
        order.sort_by(|&a, &b| bodies[a].x.total_cmp(&bodies[b].x).then(a.cmp(&b)));
        let mut moved = false;
        for (p, &first) in order.iter().enumerate() {
            for &second in &order[p + 1..] {
                if bodies[second].x - bodies[first].x > bodies[first].r + widest + gap {
                    break;
                }
                // The lower index first, so coincident discs part the same way
                // whatever the sweep order.
                let (i, j) = (first.min(second), first.max(second));
                let (a, b) = (bodies[i], bodies[j]);
                if a.fixed && b.fixed {
                    continue;
                }
                let reach = a.r + b.r + gap;
                let (dx, dy) = (a.x - b.x, a.y - b.y);
                if dx * dx + dy * dy > reach * reach {
                    continue;
                }
                let (ux, uy, d) = direction(&a, &b, i, j);
                let overlap = reach - d;
                if overlap <= 1e-9 {
                    continue;
                }
                moved = true;
                let (share_a, share_b) = match (a.fixed, b.fixed) {
                    (true, _) => (0.0, 1.0),
                    (_, true) => (1.0, 0.0),
                    _ => (0.5, 0.5),
                };
                bodies[i].x += ux * overlap * share_a;
                bodies[i].y += uy * overlap * share_a;
                bodies[j].x -= ux * overlap * share_b;
                bodies[j].y -= uy * overlap * share_b;
            }
        }
        if !moved {
            break;
        }
    }
}
