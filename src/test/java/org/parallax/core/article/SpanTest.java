package org.parallax.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void mergedJoinsOverlappingAndTouchingSpansInOrder() {
        assertThat(Span.merged(List.of(new Span(8, 9), new Span(0, 4), new Span(3, 8), new Span(12, 15))))
                .containsExactly(new Span(0, 9), new Span(12, 15));
        assertThat(Span.merged(List.of(new Span(2, 3)))).containsExactly(new Span(2, 3));
        assertThat(Span.merged(List.of(new Span(0, 10), new Span(2, 3)))).containsExactly(new Span(0, 10));
    }
}
