package io.github.esdsl.search;

import java.time.Duration;

import io.github.esdsl.connection.Connection;

/**
 * Pages with a {@link PointInTime} and {@code search_after}: consistent over concurrent changes,
 * and the way Elasticsearch recommends for deep pagination. The point in time is opened on the
 * search's indices when the first page is needed, and closed at the end.
 */
final class PointInTimePaging<T> extends Paging<T> {

	static final Duration KEEP_ALIVE = Duration.ofMinutes(1);

	private final Search<T> page;

	private final Duration keepAlive;

	private PointInTime<T> pit;

	PointInTimePaging(Search<T> search, Connection connection, int pageSize, Duration keepAlive) {
		super(connection);
		PointInTime.keepAlive(keepAlive);
		Search<T> page = search.size(pageSize).from(0);
		if (!page.body.extra().containsKey("track_total_hits")) {
			page = page.trackTotalHits(false);
		}
		this.page = page;
		this.keepAlive = keepAlive;
	}

	@Override
	Response<T> first() {
		this.pit = PointInTime.open(this.page, this.connection, this.keepAlive);
		return this.pit.execute();
	}

	@Override
	Response<T> next(Response<T> previous) {
		return this.pit.execute(previous.searchAfter());
	}

	@Override
	void release() {
		if (this.pit != null) {
			this.pit.close();
		}
	}

}
