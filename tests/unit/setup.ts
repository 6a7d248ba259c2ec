// Every unit test gets a fresh IndexedDB; the fake browser is reset by the WXT plugin per test file.
import 'fake-indexeddb/auto';
