//! Secrets in a file encrypted with the agent's passphrase, for machines without a working
//! keychain: argon2id derives the key (never stored), XChaCha20-Poly1305 encrypts the whole set
//! with a fresh nonce on every write, and the file is written through a temporary file with mode
//! 0600 and renamed into place.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{SecretError, SecretStore, SecretStoreKind};

/// The file's name in the data directory.
pub const FILE_NAME: &str = "secrets.enc";

/// The file on disk: everything but the key.
#[derive(Serialize, Deserialize)]
struct Sealed {
    version: u32,
    /// argon2id parameters and salt.
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
    salt: String,
    nonce: String,
    ciphertext: String,
}

/// An open encrypted file: the derived key in memory (zeroised on drop), the secrets decrypted.
pub struct EncryptedFile {
    path: PathBuf,
    key: Zeroizing<[u8; 32]>,
    salt: Vec<u8>,
    params: (u32, u32, u32),
    values: Mutex<BTreeMap<String, Zeroizing<String>>>,
}

impl std::fmt::Debug for EncryptedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EncryptedFile").field("path", &self.path).finish_non_exhaustive()
    }
}

/// OWASP's argon2id minimum: 19 MiB, 2 passes, one lane.
const DEFAULT_PARAMS: (u32, u32, u32) = (19 * 1024, 2, 1);

/// The KDF parameters a file may ask for: at least OWASP's minimum, at most 1 GiB, 10 passes
/// and 8 lanes. A damaged or hostile header is refused instead of tried (a huge memory cost
/// would stall or exhaust the machine; a tiny one would make the key cheap to guess).
const PARAMS_RANGE: ((u32, u32), (u32, u32), (u32, u32)) = ((19 * 1024, 1024 * 1024), (2, 10), (1, 8));

fn params_in_range((m, t, p): (u32, u32, u32)) -> bool {
    let ((m_min, m_max), (t_min, t_max), (p_min, p_max)) = PARAMS_RANGE;
    (m_min..=m_max).contains(&m) && (t_min..=t_max).contains(&t) && (p_min..=p_max).contains(&p)
}

fn derive(
    passphrase: &SecretString,
    salt: &[u8],
    (m, t, p): (u32, u32, u32),
) -> Result<Zeroizing<[u8; 32]>, SecretError> {
    if !params_in_range((m, t, p)) {
        return Err(SecretError::Damaged(format!(
            "the file asks for key derivation with {m} KiB, {t} passes, {p} lanes: outside the accepted range"
        )));
    }
    let params = Params::new(m, t, p, Some(32)).map_err(|e| SecretError::Damaged(e.to_string()))?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.expose_secret().as_bytes(), salt, key.as_mut())
        .map_err(|e| SecretError::Failed(e.to_string()))?;
    Ok(key)
}

/// The fewest characters a passphrase may have.
const MIN_PASSPHRASE: usize = 8;

impl EncryptedFile {
    /// Opens the file at `path` with `passphrase`, or creates an empty one there. A wrong
    /// passphrase is [`SecretError::WrongPassphrase`]; nothing is changed on disk.
    pub fn open(path: &Path, passphrase: &SecretString) -> Result<Self, SecretError> {
        if passphrase.expose_secret().chars().count() < MIN_PASSPHRASE {
            return Err(SecretError::ShortPassphrase { min: MIN_PASSPHRASE });
        }
        match std::fs::read(path) {
            Ok(bytes) => {
                let sealed: Sealed =
                    serde_json::from_slice(&bytes).map_err(|e| SecretError::Damaged(e.to_string()))?;
                let decode = |text: &str| B64.decode(text).map_err(|e| SecretError::Damaged(e.to_string()));
                let salt = decode(&sealed.salt)?;
                let nonce = decode(&sealed.nonce)?;
                let ciphertext = decode(&sealed.ciphertext)?;
                if nonce.len() != 24 {
                    return Err(SecretError::Damaged("the nonce has the wrong length".into()));
                }
                let params = (sealed.memory_kib, sealed.iterations, sealed.parallelism);
                let key = derive(passphrase, &salt, params)?;
                let cipher = XChaCha20Poly1305::new(key.as_ref().into());
                let plain = Zeroizing::new(
                    cipher
                        .decrypt(XNonce::from_slice(&nonce), ciphertext.as_ref())
                        .map_err(|_| SecretError::WrongPassphrase)?,
                );
                let values: BTreeMap<String, String> =
                    serde_json::from_slice(&plain).map_err(|e| SecretError::Damaged(e.to_string()))?;
                let values = values.into_iter().map(|(k, v)| (k, Zeroizing::new(v))).collect();
                Ok(EncryptedFile { path: path.to_owned(), key, salt, params, values: Mutex::new(values) })
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let salt = XChaCha20Poly1305::generate_nonce(&mut OsRng).to_vec();
                let key = derive(passphrase, &salt, DEFAULT_PARAMS)?;
                let file = EncryptedFile {
                    path: path.to_owned(),
                    key,
                    salt,
                    params: DEFAULT_PARAMS,
                    values: Mutex::new(BTreeMap::new()),
                };
                file.write(&BTreeMap::new())?;
                Ok(file)
            }
            Err(error) => Err(SecretError::Failed(error.to_string())),
        }
    }

    fn write(&self, values: &BTreeMap<String, Zeroizing<String>>) -> Result<(), SecretError> {
        let plain: BTreeMap<&str, &str> = values.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let plain =
            Zeroizing::new(serde_json::to_vec(&plain).map_err(|e| SecretError::Failed(e.to_string()))?);
        let cipher = XChaCha20Poly1305::new(self.key.as_ref().into());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ciphertext = cipher
            .encrypt(&nonce, plain.as_ref())
            .map_err(|_| SecretError::Failed("encryption failed".into()))?;
        let sealed = Sealed {
            version: 1,
            memory_kib: self.params.0,
            iterations: self.params.1,
            parallelism: self.params.2,
            salt: B64.encode(&self.salt),
            nonce: B64.encode(nonce),
            ciphertext: B64.encode(ciphertext),
        };
        let bytes = serde_json::to_vec_pretty(&sealed).map_err(|e| SecretError::Failed(e.to_string()))?;
        write_private(&self.path, &bytes).map_err(|e| SecretError::Failed(e.to_string()))
    }
}

/// Writes `bytes` to `path` through a temporary file of its own (readable by the owner only,
/// named for this process and moment, so two writers never share one), then renames it into
/// place and syncs the directory, so the new file survives a crash whole or not at all.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let nth = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temporary = path.with_extension(format!("{}-{nanos:x}-{nth}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = (|| {
        let mut out = options.open(&temporary)?;
        out.write_all(bytes)?;
        out.sync_all()?;
        drop(out);
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written?;
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

impl SecretStore for EncryptedFile {
    fn kind(&self) -> SecretStoreKind {
        SecretStoreKind::EncryptedFile
    }

    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        let values = self.values.lock().unwrap_or_else(|p| p.into_inner());
        Ok(values.get(key).map(|value| SecretString::from(value.as_str().to_owned())))
    }

    fn set(&self, key: &str, value: &SecretString) -> Result<(), SecretError> {
        let mut values = self.values.lock().unwrap_or_else(|p| p.into_inner());
        let mut next = values.clone();
        next.insert(key.to_owned(), Zeroizing::new(value.expose_secret().to_owned()));
        self.write(&next)?;
        *values = next;
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<(), SecretError> {
        let mut values = self.values.lock().unwrap_or_else(|p| p.into_inner());
        if values.contains_key(key) {
            let mut next = values.clone();
            next.remove(key);
            self.write(&next)?;
            *values = next;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrent_writers_never_share_a_temporary_file_nor_tear_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secrets.enc");
        let contents: Vec<Vec<u8>> = (0..8u8).map(|n| vec![b'a' + n; 256 * 1024]).collect();
        std::thread::scope(|scope| {
            for bytes in &contents {
                let path = &path;
                scope.spawn(move || {
                    for _ in 0..5 {
                        write_private(path, bytes).expect("each write succeeds");
                    }
                });
            }
        });
        let written = std::fs::read(&path).unwrap();
        assert!(contents.contains(&written), "one writer's whole file, never a mix");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(left.len(), 1, "no temporary file left behind: {left:?}");
    }

    #[test]
    fn out_of_range_kdf_parameters_are_refused_not_tried() {
        let passphrase = SecretString::from("correct horse battery".to_owned());
        for params in [(4 * 1024 * 1024, 2, 1), (19 * 1024, 1_000_000, 1), (8, 1, 1), (19 * 1024, 2, 0)] {
            assert!(
                matches!(derive(&passphrase, b"0123456789abcdef", params), Err(SecretError::Damaged(_))),
                "{params:?}"
            );
        }
        assert!(params_in_range(DEFAULT_PARAMS));
    }

    fn passphrase(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    #[test]
    fn secrets_survive_a_reopen_and_only_the_right_passphrase_opens_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let file = EncryptedFile::open(&path, &passphrase("korrekt häst batteri")).unwrap();
        file.set("sandbox/ftbook.password", &passphrase("hemligt-lösen")).unwrap();
        drop(file);

        let on_disk = std::fs::read_to_string(&path).unwrap();
        assert!(!on_disk.contains("hemligt"), "the secret is not in the file in the clear");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "only the owner may read the secrets file");
        }
        let wrong = EncryptedFile::open(&path, &passphrase("fel lösenfras"));
        assert!(matches!(wrong, Err(SecretError::WrongPassphrase)), "{wrong:?}");
        let file = EncryptedFile::open(&path, &passphrase("korrekt häst batteri")).unwrap();
        let value = file.get("sandbox/ftbook.password").unwrap().unwrap();
        assert_eq!(value.expose_secret(), "hemligt-lösen");
        file.delete("sandbox/ftbook.password").unwrap();
        assert!(file.get("sandbox/ftbook.password").unwrap().is_none());
    }

    #[test]
    fn a_short_passphrase_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(EncryptedFile::open(&dir.path().join(FILE_NAME), &passphrase("kort")).is_err());
    }
}
