//! Bridgework makes no network connection (docs/security.md): every command
//! a person runs on a map is traced with `strace`, and no socket other than
//! a local one may be opened, nor any connection made.

use crate::support::{AS_OF, Scratch, s};
use std::process::{Command, Stdio};

/// The network system calls of `bridgework args`, as strace prints them,
/// and whether the trace saw the program start at all.
fn network_calls(scratch: &Scratch, args: &[&str]) -> (Vec<String>, bool) {
    let trace = scratch.path("strace.log");
    let binary = assert_cmd::cargo::cargo_bin("bridgework");
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=%network,execve", "-o", s(&trace)])
        .arg(&binary)
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("strace runs (scripts/setup installs it)");
    assert!(status.success(), "bridgework {args:?} failed under strace");
    let log = std::fs::read_to_string(&trace).expect("strace wrote its log");
    let started = log.lines().any(|line| line.contains("execve(") && line.contains(s(&binary)));
    let calls = log.lines().filter(|line| !line.contains("execve(")).map(str::to_string).collect();
    (calls, started)
}

#[test]
fn no_command_opens_a_network_socket() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let csv = scratch.path("tables");
    let commands: [Vec<&str>; 7] = [
        vec!["info", s(&map)],
        vec!["weak-links", s(&map), "--as-of", AS_OF, "--format", "json"],
        vec!["brokers", s(&map), "--as-of", AS_OF],
        vec!["communities", s(&map), "--as-of", AS_OF],
        vec!["export", s(&map), "--format", "pdf", "--out", "-"],
        vec!["export", s(&map), "--format", "csv", "--out", s(&csv)],
        vec!["import", s(&map), s(&csv), "--dry-run"],
    ];
    for args in &commands {
        let (calls, started) = network_calls(&scratch, args);
        assert!(started, "strace did not see bridgework {args:?} start, so it proves nothing");
        let remote: Vec<&String> = calls.iter().filter(|call| !call.contains("AF_UNIX")).collect();
        assert!(remote.is_empty(), "bridgework {args:?} made network calls: {remote:#?}");
    }
}
