package io.github.esdsl.test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

/**
 * Elasticsearch refuses to run as root: when this JVM is root, nodes run as uid and gid
 * {@value #UNPRIVILEGED_ID} through {@code setpriv}, and what they write is owned by that uid.
 */
final class RunAs {

	static final int UNPRIVILEGED_ID = 65534;

	private static final boolean ROOT = detectRoot();

	private RunAs() {
	}

	static boolean isRoot() {
		return ROOT;
	}

	/**
	 * Return {@code command}, prefixed to drop root when this JVM is root.
	 */
	static List<String> command(List<String> command) {
		if (!ROOT) {
			return command;
		}
		List<String> dropped = new ArrayList<>(List.of(setpriv(), "--reuid=" + UNPRIVILEGED_ID,
				"--regid=" + UNPRIVILEGED_ID, "--clear-groups"));
		dropped.addAll(command);
		return dropped;
	}

	/**
	 * Give {@code path} and everything below it to the unprivileged uid when this JVM is root.
	 */
	static void chown(Path path) {
		if (!ROOT) {
			return;
		}
		try (Stream<Path> all = Files.walk(path)) {
			for (Path each : (Iterable<Path>) all::iterator) {
				Files.setAttribute(each, "unix:uid", UNPRIVILEGED_ID, LinkOption.NOFOLLOW_LINKS);
				Files.setAttribute(each, "unix:gid", UNPRIVILEGED_ID, LinkOption.NOFOLLOW_LINKS);
			}
		}
		catch (IOException | UnsupportedOperationException ex) {
			throw new ElasticsearchStartupException(Reason.ENVIRONMENT, "Could not give " + path + " to uid "
					+ UNPRIVILEGED_ID + " (Elasticsearch runs as that uid because this JVM runs as root): "
					+ ex.getMessage(), ex);
		}
	}

	/**
	 * Fail when this JVM is root and the unprivileged uid cannot enter every existing folder
	 * on the way to {@code path}.
	 */
	static void checkReachable(Path path, String what) {
		if (!ROOT) {
			return;
		}
		for (Path folder = path.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
				int owner = (Integer) Files.getAttribute(folder, "unix:uid");
				if (owner != UNPRIVILEGED_ID && !permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
					throw new ElasticsearchStartupException(Reason.ENVIRONMENT, "Elasticsearch runs as uid "
							+ UNPRIVILEGED_ID + " because this JVM runs as root, and that uid cannot enter " + folder
							+ " (permissions " + PosixFilePermissions.toString(permissions)
							+ ") on the way to " + what + " at " + path
							+ ". Put it somewhere every user can reach (e.g. under /tmp or the project's target/), "
							+ "or chmod o+x " + folder);
				}
			}
			catch (IOException | UnsupportedOperationException ex) {
				return;
			}
		}
	}

	private static String setpriv() {
		List<String> candidates = new ArrayList<>();
		String path = System.getenv("PATH");
		if (path != null) {
			for (String folder : path.split(File.pathSeparator)) {
				candidates.add(folder + "/setpriv");
			}
		}
		candidates.addAll(List.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv", "/sbin/setpriv"));
		for (String candidate : candidates) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new ElasticsearchStartupException(Reason.ENVIRONMENT, "This JVM runs as root and Elasticsearch "
				+ "refuses to; setpriv (util-linux) was not found on PATH to start it as uid " + UNPRIVILEGED_ID
				+ ". Install util-linux (apt-get install util-linux) or run the build as a non-root user");
	}

	private static boolean detectRoot() {
		try {
			return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
		}
		catch (Throwable ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

}
