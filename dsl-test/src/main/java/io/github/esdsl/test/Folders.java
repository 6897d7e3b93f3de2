package io.github.esdsl.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Folder work: unpacking zips with the permissions a shared, read-only Elasticsearch home
 * needs, copying and deleting trees.
 */
final class Folders {

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private static final Set<PosixFilePermission> EXECUTABLE = DIRECTORY;

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

	private Folders() {
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
		catch (FileAlreadyExistsException ex) {
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

	/**
	 * Copy the tree {@code source} into {@code target}.
	 */
	static void copy(Path source, Path target) throws IOException {
		createDirectories(target);
		try (var files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path destination = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					createDirectories(destination);
				}
				else {
					Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/**
	 * Delete {@code path} and everything below it, if it exists.
	 */
	static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> all = Files.walk(path)) {
			List<Path> paths = new ArrayList<>(all.toList());
			Collections.reverse(paths);
			for (Path each : paths) {
				Files.deleteIfExists(each);
			}
		}
	}

}
