package io.github.esdsl.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.github.esdsl.test.spring.AutoConfigureEmbeddedElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the search page in Debian's Chromium with Debian's chromedriver (nothing is downloaded):
 * skipped, saying which, when either is missing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.data.limit=5000")
@AutoConfigureEmbeddedElasticsearch
class SampleBrowserIT {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOT = Path.of("target/screenshots/search.png");

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	private Path profile;

	@BeforeAll
	static void browserIsInstalled() {
		for (Path binary : new Path[] { CHROMIUM, CHROMEDRIVER }) {
			assumeTrue(Files.isExecutable(binary), () -> binary + " is missing: the browser test needs Debian's "
					+ "browser and driver, install them with 'apt-get install chromium chromium-driver'");
		}
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("sample-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-dev-shm-usage", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(new Dimension(1280, 1100));
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	@Test
	void searchHighlightFilterByFacetAndPageForward() throws IOException {
		this.driver.get("http://localhost:" + this.port + "/");
		WebElement box = this.driver.findElement(By.id("q"));
		box.sendKeys("library");
		box.submit();
		assertThat(this.driver.getCurrentUrl()).contains("q=library");
		assertThat(this.driver.findElements(By.cssSelector(".hit .summary em, .hit .fragment em")))
			.isNotEmpty()
			.allSatisfy((em) -> assertThat(em.getText()).containsIgnoringCase("library"));
		long total = total();
		assertThat(total).isGreaterThan(20);

		WebElement value = this.driver.findElement(By.cssSelector("#facet-section li:first-child"));
		long count = Long.parseLong(value.findElement(By.className("count")).getText());
		assertThat(count).isLessThan(total);
		long priorities = countOf("#facet-priority");
		value.findElement(By.tagName("a")).click();
		assertThat(total()).isEqualTo(count);
		assertThat(this.driver.findElement(By.cssSelector("#facet-section li.selected")).getText()).startsWith("✕");
		assertThat(countOf("#facet-priority")).isEqualTo(count).isLessThan(priorities);

		this.driver.findElement(By.id("next")).click();
		assertThat(this.driver.findElement(By.id("page")).getText()).isEqualTo("2");
		assertThat(this.driver.findElements(By.className("hit"))).isNotEmpty();

		Files.createDirectories(SCREENSHOT.getParent());
		Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
				StandardCopyOption.REPLACE_EXISTING);
		assertThat(SCREENSHOT).isNotEmptyFile();
	}

	private long total() {
		return Long.parseLong(this.driver.findElement(By.id("total")).getText());
	}

	private long countOf(String facet) {
		return this.driver.findElements(By.cssSelector(facet + " .count"))
			.stream()
			.mapToLong((count) -> Long.parseLong(count.getText()))
			.sum();
	}

}
