package io.github.esdsl.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks zip files with the permissions a shared, read-only Elasticsearch home needs.
 */
final class Zips {

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private static final Set<PosixFilePermission> EXECUTABLE = DIRECTORY;

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

	private Zips() {
	}

	/**
	 * Unpack every entry of {@code zip} below {@code target}. Files in a folder named
	 * {@code bin} become executable, everything else readable by all users.
	 */
	static void unpack(Path zip, Path target) {
		Path root = target.toAbsolutePath().normalize();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path destination = root.resolve(entry.getName()).normalize();
				if (!destination.startsWith(root)) {
					throw new IOException("Zip entry '" + entry.getName() + "' of " + zip + " points outside " + root);
				}
				if (entry.isDirectory()) {
					createDirectories(destination);
					continue;
				}
				createDirectories(destination.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
				}
				setPermissions(destination, isInBin(root.relativize(destination)) ? EXECUTABLE : FILE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack " + zip + " into " + target + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Create {@code directory} and its missing parents, each readable and enterable by all
	 * users whatever the umask.
	 */
	static void createDirectories(Path directory) throws IOException {
		Path absolute = directory.toAbsolutePath().normalize();
		if (Files.isDirectory(absolute)) {
			return;
		}
		createDirectories(absolute.getParent());
		try {
			Files.createDirectory(absolute);
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			return;
		}
		setPermissions(absolute, DIRECTORY);
	}

	private static boolean isInBin(Path relative) {
		for (Path part : relative.getParent() != null ? relative.getParent() : Path.of("")) {
			if (part.toString().equals("bin")) {
				return true;
			}
		}
		return false;
	}

	private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(path, permissions);
		}
		else if (permissions == EXECUTABLE) {
			path.toFile().setExecutable(true, false);
		}
	}

}
