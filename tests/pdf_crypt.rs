//! Encrypted PDFs: files encrypted by lopdf (an implementation independent of ours) with the
//! encryption dictionary written directly into the trailer, as cpdf does and lopdf cannot
//! read, open with the user or the owner password and give their text; wrong passwords fail
//! with `pdf.password`. The real encrypted files of ../shared open through the command line
//! with the user or the owner password (skipped without ../shared).

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;

use legajo::config::Limits;
use legajo::model::{Record, Status};
use legajo::pdf::{extract_page, load, PdfError};
use lopdf::encryption::crypt_filters::{Aes128CryptFilter, Aes256CryptFilter, CryptFilter, Rc4CryptFilter};
use lopdf::{dictionary, Document, EncryptionState, EncryptionVersion, Object, Permissions, Stream};

use crate::common::{bin, set_one_page, shared};

const TEXT: &str = "Resolucion cifrada";

fn plain() -> Document {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {"Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica"});
    let content = format!("BT /F1 12 Tf 72 700 Td ({TEXT}) Tj ET");
    let content = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "Resources" => dictionary! {"Font" => dictionary! {"F1" => font}},
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    set_one_page(&mut doc, pages_id, page);
    let info = doc.add_object(dictionary! {"Title" => Object::string_literal("Expediente reservado")});
    doc.trailer.set("Info", info);
    let id = Object::string_literal(b"\x10legajo-crypt\x7f\x80\xff".to_vec());
    doc.trailer.set("ID", vec![id.clone(), id]);
    doc
}

fn filters(f: Arc<dyn CryptFilter>) -> BTreeMap<Vec<u8>, Arc<dyn CryptFilter>> {
    BTreeMap::from([(b"StdCF".to_vec(), f)])
}

/// `plain()` encrypted by lopdf as `kind`, the encryption dictionary moved into the trailer.
pub(crate) fn encrypted(kind: &str, user: &str, owner: &str) -> Vec<u8> {
    let mut doc = plain();
    let key = [0x42u8; 32];
    let permissions = Permissions::all();
    let version = match kind {
        "rc4-40" => EncryptionVersion::V1 { document: &doc, owner_password: owner, user_password: user, permissions },
        "rc4-128" => EncryptionVersion::V2 {
            document: &doc,
            owner_password: owner,
            user_password: user,
            key_length: 128,
            permissions,
        },
        "rc4-128-v4" | "aes-128" => EncryptionVersion::V4 {
            document: &doc,
            encrypt_metadata: true,
            crypt_filters: filters(if kind == "aes-128" {
                Arc::new(Aes128CryptFilter)
            } else {
                Arc::new(Rc4CryptFilter)
            }),
            stream_filter: b"StdCF".to_vec(),
            string_filter: b"StdCF".to_vec(),
            owner_password: owner,
            user_password: user,
            permissions,
        },
        _ => EncryptionVersion::V5 {
            encrypt_metadata: true,
            crypt_filters: filters(Arc::new(Aes256CryptFilter)),
            file_encryption_key: &key,
            stream_filter: b"StdCF".to_vec(),
            string_filter: b"StdCF".to_vec(),
            owner_password: owner,
            user_password: user,
            permissions,
        },
    };
    let state = EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    let id = doc.trailer.get(b"Encrypt").unwrap().as_reference().unwrap();
    let dict = doc.objects.remove(&id).unwrap();
    doc.trailer.set("Encrypt", dict);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

const KINDS: [&str; 5] = ["rc4-40", "rc4-128", "rc4-128-v4", "aes-128", "aes-256"];

#[test]
fn direct_encryption_dictionaries_open_with_either_password() {
    let limits = Limits::default();
    for kind in KINDS {
        let bytes = encrypted(kind, "lector", "archivero");
        for pw in ["lector", "archivero"] {
            let pdf = load(&bytes, &limits, Some(pw)).unwrap_or_else(|e| panic!("{kind} {pw}: {e}"));
            let page = extract_page(&pdf, 0, &limits);
            let text: String = page.glyphs.iter().map(|g| g.text.as_str()).collect();
            assert_eq!(text.replace(' ', ""), TEXT.replace(' ', ""), "{kind} {pw}");
            assert_eq!(pdf.info(b"Title").as_deref(), Some("Expediente reservado"), "{kind} {pw}");
        }
        for pw in [None, Some(""), Some("Lector"), Some("archivero ")] {
            match load(&bytes, &limits, pw) {
                Err(e @ PdfError::Password) => assert_eq!(e.code(), "pdf.password"),
                other => panic!("{kind} {pw:?}: {:?}", other.err()),
            }
        }
    }
}

#[test]
fn direct_encryption_with_an_empty_user_password_opens_without_one() {
    let limits = Limits::default();
    for kind in KINDS {
        let bytes = encrypted(kind, "", "archivero");
        let pdf = load(&bytes, &limits, None).unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert_eq!(pdf.info(b"Title").as_deref(), Some("Expediente reservado"), "{kind}");
    }
}

/// The text of a record's blocks, NFC, without whitespace.
fn dense(rec: &Record) -> String {
    let text: Vec<&str> = rec.pages.iter().flat_map(|p| p.blocks.iter().map(|b| b.text.as_str())).collect();
    text.concat().nfc().filter(|c| !c.is_whitespace()).collect()
}

fn extract(path: &std::path::Path, pw: &str) -> Record {
    let out = Command::new(bin()).args(["extract", "--password", pw]).arg(path).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every password-protected real file opens with its user and with its owner password, and
/// refuses a wrong one with `pdf.password`.
#[test]
fn real_encrypted_files_open_with_user_or_owner_password() {
    let Some(dir) = shared("real") else { return };
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let mut checked = 0;
    for f in manifest["files"].as_array().unwrap() {
        let Some(user) = f["password"]["user"].as_str().filter(|p| !p.is_empty()) else { continue };
        let path = dir.join(f["file"].as_str().unwrap());
        let owner = f["password"]["owner"].as_str().unwrap_or(user);
        let texts: Vec<String> = [user, owner]
            .iter()
            .map(|pw| {
                let rec = extract(&path, pw);
                assert_ne!(rec.status, Status::Failed, "{} with {pw:?}: {:?}", path.display(), rec.diagnostics);
                serde_json::to_string(&rec.pages).unwrap()
            })
            .collect();
        assert_eq!(texts[0], texts[1], "{}: user and owner passwords give the same pages", path.display());
        let rec = extract(&path, "no-es-la-clave");
        assert_eq!(rec.status, Status::Failed, "{}", path.display());
        assert!(rec.diagnostics.iter().any(|d| d.code == "pdf.password"), "{}: {:?}", path.display(), rec.diagnostics);
        checked += 1;
    }
    assert!(checked >= 4, "{checked} password-protected files");
}

/// The RC4-40 and AES-128 files were made from the plain base file: their text is its text.
#[test]
fn real_encrypted_files_decrypt_to_their_plaintext() {
    let Some(dir) = shared("real") else { return };
    let base = extract(&dir.join("enc-base-plaintext.pdf"), "");
    assert_ne!(base.status, Status::Failed);
    for file in ["enc-rc4-40.pdf", "enc-aes-128.pdf"] {
        let rec = extract(&dir.join(file), "baz");
        assert_eq!(serde_json::to_string(&rec.pages).unwrap(), serde_json::to_string(&base.pages).unwrap(), "{file}");
    }
}

/// The adversarial encrypted files: the empty-password ones open without a password, the
/// others need theirs.
#[test]
fn adversarial_encrypted_files_follow_their_manifest() {
    let Some(dir) = shared("adversarial") else { return };
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let files = manifest["files"].as_array().unwrap();
    let mut checked = 0;
    for f in files.iter().filter(|f| f["file"].as_str().is_some_and(|n| n.starts_with("encrypted-"))) {
        let path = dir.join(f["file"].as_str().unwrap());
        let expect = &f["expect"];
        let without = extract(&path, "");
        if expect["outcome"] == "error" {
            assert_eq!(without.status, Status::Failed, "{}", path.display());
            assert!(without.diagnostics.iter().any(|d| d.code == "pdf.password"), "{}", path.display());
        } else {
            assert_ne!(without.status, Status::Failed, "{}: {:?}", path.display(), without.diagnostics);
        }
        let with = &expect["with_password"];
        let wants = with["text_contains"].as_array().or(expect["text_contains"].as_array());
        for pw in [&with["user"], &with["owner"]].into_iter().filter_map(|p| p.as_str()) {
            let rec = extract(&path, pw);
            assert_ne!(rec.status, Status::Failed, "{} with {pw:?}: {:?}", path.display(), rec.diagnostics);
            let text = dense(&rec);
            for want in wants.into_iter().flatten().filter_map(|w| w.as_str()) {
                let want: String = want.nfc().filter(|c| !c.is_whitespace()).collect();
                assert!(text.contains(&want), "{} with {pw:?}: {want} missing", path.display());
            }
        }
        checked += 1;
    }
    assert!(checked >= 3, "{checked} encrypted adversarial files");
}
