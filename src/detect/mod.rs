//! Detectors: findings made from the laid-out, normalised document.
//!
//! In: page geometry (tables) and block texts (legal references). Out: tables as cell grids
//! and legal-norm mentions with canonical ids. Each detector is its own module.

pub mod legal;
pub mod tables;
