package io.github.esdsl.autoconfigure.document.samples.bench;

import java.time.Instant;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

/**
 * One hundred document classes for the startup benchmark, each with its own index.
 */
public final class BenchDocuments {

	private BenchDocuments() {
	}

	@Document(index = "esdsl-bench-001")
	public record B001(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-002")
	public record B002(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-003")
	public record B003(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-004")
	public record B004(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-005")
	public record B005(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-006")
	public record B006(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-007")
	public record B007(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-008")
	public record B008(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-009")
	public record B009(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-010")
	public record B010(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-011")
	public record B011(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-012")
	public record B012(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-013")
	public record B013(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-014")
	public record B014(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-015")
	public record B015(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-016")
	public record B016(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-017")
	public record B017(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-018")
	public record B018(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-019")
	public record B019(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-020")
	public record B020(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-021")
	public record B021(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-022")
	public record B022(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-023")
	public record B023(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-024")
	public record B024(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-025")
	public record B025(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-026")
	public record B026(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-027")
	public record B027(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-028")
	public record B028(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-029")
	public record B029(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-030")
	public record B030(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-031")
	public record B031(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-032")
	public record B032(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-033")
	public record B033(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-034")
	public record B034(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-035")
	public record B035(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-036")
	public record B036(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-037")
	public record B037(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-038")
	public record B038(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-039")
	public record B039(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-040")
	public record B040(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-041")
	public record B041(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-042")
	public record B042(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-043")
	public record B043(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-044")
	public record B044(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-045")
	public record B045(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-046")
	public record B046(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-047")
	public record B047(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-048")
	public record B048(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-049")
	public record B049(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-050")
	public record B050(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-051")
	public record B051(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-052")
	public record B052(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-053")
	public record B053(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-054")
	public record B054(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-055")
	public record B055(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-056")
	public record B056(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-057")
	public record B057(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-058")
	public record B058(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-059")
	public record B059(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-060")
	public record B060(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-061")
	public record B061(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-062")
	public record B062(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-063")
	public record B063(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-064")
	public record B064(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-065")
	public record B065(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-066")
	public record B066(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-067")
	public record B067(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-068")
	public record B068(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-069")
	public record B069(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-070")
	public record B070(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-071")
	public record B071(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-072")
	public record B072(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-073")
	public record B073(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-074")
	public record B074(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-075")
	public record B075(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-076")
	public record B076(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-077")
	public record B077(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-078")
	public record B078(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-079")
	public record B079(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-080")
	public record B080(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-081")
	public record B081(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-082")
	public record B082(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-083")
	public record B083(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-084")
	public record B084(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-085")
	public record B085(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-086")
	public record B086(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-087")
	public record B087(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-088")
	public record B088(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-089")
	public record B089(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-090")
	public record B090(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-091")
	public record B091(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-092")
	public record B092(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-093")
	public record B093(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-094")
	public record B094(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-095")
	public record B095(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-096")
	public record B096(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-097")
	public record B097(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-098")
	public record B098(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-099")
	public record B099(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

	@Document(index = "esdsl-bench-100")
	public record B100(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String tag, Instant at) {
	}

}
