package io.github.esdsl.search;

import java.util.Map;

import io.github.esdsl.connection.Connection;

/**
 * Pages with a scroll, Python's {@code scan()}: hits in index order unless the search sorts,
 * the scroll cleared at the end.
 */
final class ScrollPaging<T> extends Paging<T> {

	static final String KEEP_ALIVE = "5m";

	private final Search<T> search;

	private String scrollId;

	ScrollPaging(Search<T> search, Connection connection, int pageSize) {
		super(connection);
		Search<T> first = search.params(Map.of("scroll", KEEP_ALIVE));
		if (!first.body.extra().containsKey("size")) {
			first = first.size(pageSize);
		}
		this.search = first.body.sort().isEmpty() ? first.sort("_doc") : first;
	}

	@Override
	Response<T> first() {
		return remember(Runner.execute(this.search, this.connection));
	}

	@Override
	Response<T> next(Response<T> previous) {
		byte[] body = this.connection.perform(Runner.scroll(this.scrollId, KEEP_ALIVE)).body();
		return remember(ResponseParser.parse(body, this.search.documentType()));
	}

	private Response<T> remember(Response<T> response) {
		if (response.scrollId != null) {
			this.scrollId = response.scrollId;
		}
		return response;
	}

	@Override
	void release() {
		if (this.scrollId != null) {
			this.connection.perform(Runner.clearScroll(this.scrollId));
		}
	}

}
