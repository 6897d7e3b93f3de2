package io.github.esdsl.document;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DenseVectorsTest {

	@Test
	void floatsArePackedAsBase64OfBigEndianFloat32() {
		// 1.0f = 3f800000, 2.0f = 40000000, -0.5f = bf000000
		assertThat(DenseVectors.pack(new float[] { 1.0f, 2.0f, -0.5f })).isEqualTo("P4AAAEAAAAC/AAAA");
		assertThat(DenseVectors.pack(List.of(1, 2.0, -0.5f))).isEqualTo("P4AAAEAAAAC/AAAA");
		assertThat(DenseVectors.unpack("P4AAAEAAAAC/AAAA")).containsExactly(1.0f, 2.0f, -0.5f);
		assertThat(DenseVectors.pack(new float[0])).isEmpty();
	}

	@Test
	void bytesAreWrittenAsHexadecimal() {
		assertThat(DenseVectors.hex(new byte[] { 0, 127, -128, -1 })).isEqualTo("007f80ff");
	}

	@Test
	void badInputIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> DenseVectors.pack(Arrays.asList(1.0, null)))
			.withMessage("Cannot pack a vector with a null value at index 1");
		assertThatIllegalArgumentException().isThrownBy(() -> DenseVectors.unpack("AAAA"))
			.withMessage("A packed vector holds whole float32 values (4 bytes each), but 'AAAA' decodes to 3 bytes");
	}

}
