// Asking the browser to keep the game's storage (navigator.storage.persist). Some browsers
// lack the call (WebKitGTK, older Safari), some refuse or throw; every outcome is a value
// the Settings screen explains, and none of them stops the game or its saves.

export type Persistence = 'not-asked' | 'granted' | 'denied' | 'unsupported';

type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined;

export async function askPersistence(
	storage: StorageLike
): Promise<Exclude<Persistence, 'not-asked'>> {
	if (typeof storage?.persist !== 'function') return 'unsupported';
	try {
		if (await storage.persisted?.()) return 'granted';
	} catch {
		// Cannot tell: ask all the same.
	}
	try {
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'denied';
	}
}
