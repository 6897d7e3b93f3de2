package io.github.esdsl.benchmarks;

import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.github.esdsl.json.Json;
import io.github.esdsl.search.Search;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1: build a search request and serialize it to bytes, four shapes, three contenders
 * (esdsl, elasticsearch-java's typed builders, a hand-written generator: the floor). Run with
 * {@code java -jar benchmarks/target/benchmarks.jar RequestSerialization -prof gc}.
 *
 * <p>Methods are named shape, phase, contender: {@code realisticEsdsl} builds and writes,
 * {@code realisticBuildEsdsl} only builds (the floor has no build step), {@code realisticWriteEsdsl}
 * only writes a request built in the setup (the floor's write is all it does, so
 * {@code realisticWriteFloor} is the same work as {@code realisticFloor}). esdsl keeps the bytes of
 * a value written more than once, so writing a prebuilt request repeatedly measures the kept-bytes
 * path (a few raw copies); the cost of streaming a new request is the full figure minus the build.
 *
 * <p>The constant-parts shape ({@link ConstantPartsShape}) varies the query text and the page over
 * {@value #VARIANTS} requests; its write-only methods cycle through {@value #VARIANTS} prebuilt ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RequestSerializationBenchmark {

	static final int VARIANTS = 16;

	private static final String[] TEXTS = new String[VARIANTS];

	static {
		for (int i = 0; i < VARIANTS; i++) {
			TEXTS[i] = "python web " + i;
		}
	}

	private Search<?> singleMatchSearch;

	private SearchRequest singleMatchRequest;

	private Search<?> realisticSearch;

	private SearchRequest realisticRequest;

	private Search<?> bool200Search;

	private SearchRequest bool200Request;

	private final Search<?>[] constantPartsSearches = new Search<?>[VARIANTS];

	private final SearchRequest[] constantPartsRequests = new SearchRequest[VARIANTS];

	private int request;

	@Setup
	public void prebuild() {
		this.singleMatchSearch = RequestShapes.esdslSingleMatchSearch();
		this.singleMatchRequest = RequestShapes.typedSingleMatchRequest();
		this.realisticSearch = RequestShapes.esdslRealisticSearch();
		this.realisticRequest = RequestShapes.typedRealisticRequest();
		this.bool200Search = RequestShapes.esdslLargeSearch();
		this.bool200Request = RequestShapes.typedLargeRequest();
		for (int i = 0; i < VARIANTS; i++) {
			this.constantPartsSearches[i] = ConstantPartsShape.esdslSearch(TEXTS[i], from(i));
			this.constantPartsRequests[i] = ConstantPartsShape.typedRequest(TEXTS[i], from(i));
		}
	}

	/** The next of the {@value #VARIANTS} requests of the constant-parts shape. */
	private int next() {
		return (this.request++) & (VARIANTS - 1);
	}

	/** The page of a request: 0, 10, … 70. */
	static int from(int variant) {
		return (variant & 7) * ConstantPartsShape.SIZE;
	}

	// --- singleMatch

	@Benchmark
	public byte[] singleMatchEsdsl() {
		return RequestShapes.esdslSingleMatch();
	}

	@Benchmark
	public byte[] singleMatchEsdslTypedOptions() {
		return RequestShapes.esdslTypedOptionsSingleMatch();
	}

	@Benchmark
	public byte[] singleMatchTyped() {
		return RequestShapes.typedSingleMatch();
	}

	@Benchmark
	public byte[] singleMatchFloor() {
		return RequestShapes.floorSingleMatch();
	}

	@Benchmark
	public Search<?> singleMatchBuildEsdsl() {
		return RequestShapes.esdslSingleMatchSearch();
	}

	@Benchmark
	public SearchRequest singleMatchBuildTyped() {
		return RequestShapes.typedSingleMatchRequest();
	}

	@Benchmark
	public byte[] singleMatchWriteEsdsl() {
		return Json.toBytes(this.singleMatchSearch);
	}

	@Benchmark
	public byte[] singleMatchWriteTyped() {
		return RequestShapes.typed(this.singleMatchRequest);
	}

	@Benchmark
	public byte[] singleMatchWriteFloor() {
		return RequestShapes.floorSingleMatch();
	}

	// --- realistic

	@Benchmark
	public byte[] realisticEsdsl() {
		return RequestShapes.esdslRealistic();
	}

	@Benchmark
	public byte[] realisticEsdslTypedOptions() {
		return RequestShapes.esdslTypedOptionsRealistic();
	}

	@Benchmark
	public byte[] realisticTyped() {
		return RequestShapes.typedRealistic();
	}

	@Benchmark
	public byte[] realisticFloor() {
		return RequestShapes.floorRealistic();
	}

	@Benchmark
	public Search<?> realisticBuildEsdsl() {
		return RequestShapes.esdslRealisticSearch();
	}

	@Benchmark
	public SearchRequest realisticBuildTyped() {
		return RequestShapes.typedRealisticRequest();
	}

	@Benchmark
	public byte[] realisticWriteEsdsl() {
		return Json.toBytes(this.realisticSearch);
	}

	@Benchmark
	public byte[] realisticWriteTyped() {
		return RequestShapes.typed(this.realisticRequest);
	}

	@Benchmark
	public byte[] realisticWriteFloor() {
		return RequestShapes.floorRealistic();
	}

	// --- bool200

	@Benchmark
	public byte[] bool200Esdsl() {
		return RequestShapes.esdslLarge();
	}

	@Benchmark
	public byte[] bool200EsdslMapOptions() {
		return RequestShapes.esdslMapOptionsLarge();
	}

	@Benchmark
	public byte[] bool200EsdslTypedOptions() {
		return RequestShapes.esdslTypedOptionsLarge();
	}

	@Benchmark
	public byte[] bool200Typed() {
		return RequestShapes.typedLarge();
	}

	@Benchmark
	public byte[] bool200Floor() {
		return RequestShapes.floorLarge();
	}

	@Benchmark
	public Search<?> bool200BuildEsdsl() {
		return RequestShapes.esdslLargeSearch();
	}

	@Benchmark
	public SearchRequest bool200BuildTyped() {
		return RequestShapes.typedLargeRequest();
	}

	@Benchmark
	public byte[] bool200WriteEsdsl() {
		return Json.toBytes(this.bool200Search);
	}

	@Benchmark
	public byte[] bool200WriteTyped() {
		return RequestShapes.typed(this.bool200Request);
	}

	@Benchmark
	public byte[] bool200WriteFloor() {
		return RequestShapes.floorLarge();
	}

	// --- constantParts

	@Benchmark
	public byte[] constantPartsEsdsl() {
		int i = next();
		return ConstantPartsShape.esdsl(TEXTS[i], from(i));
	}

	@Benchmark
	public byte[] constantPartsTyped() {
		int i = next();
		return ConstantPartsShape.typed(TEXTS[i], from(i));
	}

	@Benchmark
	public byte[] constantPartsFloor() {
		int i = next();
		return ConstantPartsShape.floor(TEXTS[i], from(i));
	}

	@Benchmark
	public Search<?> constantPartsBuildEsdsl() {
		int i = next();
		return ConstantPartsShape.esdslSearch(TEXTS[i], from(i));
	}

	@Benchmark
	public SearchRequest constantPartsBuildTyped() {
		int i = next();
		return ConstantPartsShape.typedRequest(TEXTS[i], from(i));
	}

	@Benchmark
	public byte[] constantPartsWriteEsdsl() {
		return Json.toBytes(this.constantPartsSearches[next()]);
	}

	@Benchmark
	public byte[] constantPartsWriteTyped() {
		return RequestShapes.typed(this.constantPartsRequests[next()]);
	}

	@Benchmark
	public byte[] constantPartsWriteFloor() {
		int i = next();
		return ConstantPartsShape.floor(TEXTS[i], from(i));
	}

}
