//! Opening the desk core for one command: the profile and language asked for, the suppliers'
//! addresses (a running `desk sandbox` or the profile's), the secret store, and the data
//! directory's lock, held for the command.

use std::sync::Arc;

use desk::secrets::{self, EncryptedFile, Keychain, Memory, SecretStore, SecretStoreKind};
use desk::{AppPaths, Core, Language, Options, Profile, Sandbox, UrlOverrides};
use secrecy::SecretString;

use crate::args::Global;
use crate::input::{Failure, usage};

fn secret_store(profile: Profile, paths: &AppPaths) -> Result<Arc<dyn SecretStore>, Failure> {
    if profile == Profile::Sandbox {
        return Ok(Arc::new(Memory::default()));
    }
    if secrets::detect() == SecretStoreKind::Keychain {
        return Ok(Arc::new(Keychain::new()));
    }
    match std::env::var("DESK_SECRETS_PASSPHRASE") {
        Ok(passphrase) if !passphrase.is_empty() => {
            let file = EncryptedFile::open(
                &paths.data_dir.join(secrets::file::FILE_NAME),
                &SecretString::from(passphrase),
            )
            .map_err(|e| Failure { code: 1, text: e.to_string() })?;
            Ok(Arc::new(file))
        }
        _ => {
            eprintln!(
                "desk: no working keychain here and DESK_SECRETS_PASSPHRASE is not set: using credentials from DESK_* variables only"
            );
            Ok(Arc::new(Memory::default()))
        }
    }
}

/// The core on the profile asked for, with the data directory's lock held for the command.
pub async fn open(global: &Global) -> Result<(Core, desk::lock::DataDirLock), Failure> {
    let profile = Profile::parse(&global.profile).map_err(|e| usage(e.to_string()))?;
    let language = Language::parse(&global.lang).map_err(|e| usage(e.to_string()))?;
    let paths = AppPaths::resolve().map_err(Failure::from)?;
    paths.create().map_err(Failure::from)?;
    let lock = desk::lock::DataDirLock::acquire(&paths.data_dir).map_err(Failure::from)?;
    let mut overrides = UrlOverrides {
        ftbook: global.ftbook_url.clone(),
        fasttrak: global.fasttrak_url.clone(),
        tbo: global.tbo_url.clone(),
    };
    if let Some(root) = &global.sandbox_url {
        let root = root.trim_end_matches('/');
        overrides.ftbook.get_or_insert(format!("{root}{}/", sandbox::ftbook::PREFIX));
        overrides.fasttrak.get_or_insert(format!("{root}{}/", sandbox::fasttrak::PREFIX));
        overrides.tbo.get_or_insert(format!("{root}{}/", sandbox::tbo::PREFIX));
    }
    let external = overrides.ftbook.is_some() || overrides.fasttrak.is_some() || overrides.tbo.is_some();
    let sandbox = if profile == Profile::Sandbox && !external {
        Some(Sandbox::start(&paths).await.map_err(Failure::from)?)
    } else {
        None
    };
    let secrets = secret_store(profile, &paths)?;
    let core = Core::open(Options {
        paths,
        profile,
        language,
        overrides,
        secrets,
        credentials_from_env: true,
        sandbox,
    })
    .map_err(Failure::from)?;
    // Support and tests: how long a change not found may still be committed late.
    if let Some(ms) = std::env::var("DESK_COMMIT_WINDOW_MS").ok().and_then(|ms| ms.parse().ok()) {
        core.set_commit_window(std::time::Duration::from_millis(ms));
    }
    Ok((core, lock))
}
