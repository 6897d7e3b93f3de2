import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scans the logs of a `-Pdebug-logs` test run for secrets; exits with 1 naming each finding.
 * Run as `java tools/debug-logs/ScanDebugLogs.java <module>/target`: it reads debug-logs/*.log and
 * secret-scan/*.log below that folder. A secret is:
 * - an Authorization or other secret-named header whose value is not masked (header logs, and the
 *   HTTP client's wire dumps joined back into bytes, since they split a header over lines);
 * - the password of dsl-test's secured node (esdsl-<24 hex digits>) or the base64 of esdsl:<password>;
 * - a value listed, one a line, in the file named by the system property secrets.file.
 */
public class ScanDebugLogs {

	private static final Pattern HEADER = Pattern.compile(
			"(?i)\\b(authorization|[\\w-]*(?:token|api-?key|secret|password|cookie|credential)[\\w-]*): ?(?!\\*{6})(\\S.{4,})");

	private static final Pattern NODE_PASSWORD = Pattern.compile("esdsl-[0-9a-f]{24}");

	/** base64 of "esdsl:esdsl-", the start of the secured node's Basic credentials */
	private static final String NODE_BASIC = "ZXNkc2w6ZXNkc2wt";

	private static final Pattern WIRE_DUMP = Pattern
		.compile("http\\.wire - ([\\w-]+)\\S* (>>|<<) .*?  ((?:[0-9a-f]{2} ){0,15}[0-9a-f]{2})$");

	public static void main(String[] args) throws IOException {
		List<String> literals = new ArrayList<>();
		String secretsFile = System.getProperty("secrets.file");
		if (secretsFile != null && Files.exists(Path.of(secretsFile))) {
			Files.readAllLines(Path.of(secretsFile)).stream().map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#")).forEach(literals::add);
		}
		List<String> findings = new ArrayList<>();
		long bytes = 0;
		int files = 0;
		for (String arg : args) {
			for (String folder : List.of("debug-logs", "secret-scan")) {
				Path dir = Path.of(arg, folder);
				if (!Files.isDirectory(dir)) {
					continue;
				}
				try (Stream<Path> logs = Files.list(dir)) {
					for (Path log : logs.filter((p) -> p.toString().endsWith(".log")).sorted().toList()) {
						files++;
						bytes += Files.size(log);
						scan(log, literals, findings);
					}
				}
			}
		}
		System.out.printf("[debug-logs] scanned %d file(s), %.1f MB in %s: %d finding(s)%n", files, bytes / 1e6,
				List.of(args), findings.size());
		findings.stream().limit(50).forEach((finding) -> System.out.println("[debug-logs] SECRET " + finding));
		if (!findings.isEmpty()) {
			System.exit(1);
		}
	}

	private static void scan(Path log, List<String> literals, List<String> findings) throws IOException {
		Map<String, ByteArrayOutputStream> wire = new LinkedHashMap<>();
		int number = 0;
		try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
			for (String line : (Iterable<String>) lines::iterator) {
				number++;
				String where = log.getFileName() + ":" + number + ": ";
				check(line, literals, where, findings);
				Matcher dump = WIRE_DUMP.matcher(line);
				if (dump.find()) {
					ByteArrayOutputStream out = wire.computeIfAbsent(dump.group(1) + " " + dump.group(2),
							(key) -> new ByteArrayOutputStream());
					for (String hex : dump.group(3).split(" ")) {
						out.write(Integer.parseInt(hex, 16));
					}
				}
			}
		}
		wire.forEach((stream, out) -> {
			for (String line : out.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
				check(line, literals, log.getFileName() + ": wire dump of " + stream + ": ", findings);
			}
		});
	}

	private static void check(String line, List<String> literals, String where, List<String> findings) {
		Matcher header = HEADER.matcher(line);
		if (header.find() && line.contains(header.group(1) + ":") && looksLikeHeaderLine(line, header.start())) {
			findings.add(where + "unmasked " + header.group(1) + " header: " + abbreviate(line));
		}
		if (NODE_PASSWORD.matcher(line).find() || line.contains(NODE_BASIC)) {
			findings.add(where + "the secured node's password: " + abbreviate(line));
		}
		for (String literal : literals) {
			if (line.contains(literal)) {
				findings.add(where + "listed secret: " + abbreviate(line));
			}
		}
	}

	/** A header as the HTTP client logs it ("c-0000 >> Name: value") or as sent on the wire. */
	private static boolean looksLikeHeaderLine(String line, int start) {
		String before = line.substring(0, start);
		return before.endsWith(">> ") || before.endsWith("<< ") || before.isEmpty();
	}

	/** Where the line comes from (time, level, thread, logger), never the secret itself. */
	private static String abbreviate(String line) {
		int message = line.indexOf(" - ");
		return (message > 0) ? line.substring(0, message) : "(line not shown)";
	}

}
