package io.github.esdsl.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Translates a Spring Data {@link Pageable} into {@code from}, {@code size} and sort keys of a
 * {@link Search}, and a {@link Response} into a {@link Page}.
 */
final class PageRequests {

	private PageRequests() {
	}

	static <T> Search<T> apply(Search<T> search, Pageable pageable) {
		if (pageable == null) {
			throw new IllegalArgumentException("A pageable must not be null: use Pageable.unpaged() for no paging");
		}
		Search<T> paged = search;
		if (pageable.isPaged()) {
			long offset = pageable.getOffset();
			if (offset > Integer.MAX_VALUE) {
				throw new IllegalArgumentException("The page offset " + offset + " (page " + pageable.getPageNumber()
						+ " of size " + pageable.getPageSize() + ") is beyond what a search can skip; "
						+ "use iterate(search) or search_after for deep paging");
			}
			paged = paged.from((int) offset).size(pageable.getPageSize());
		}
		if (pageable.getSort().isSorted()) {
			paged = paged.sort(sortKeys(pageable.getSort()));
		}
		if (!search.toMap().containsKey("track_total_hits")) {
			paged = paged.trackTotalHits(true);
		}
		return paged;
	}

	static <T> Page<T> toPage(Response<T> response, Pageable pageable) {
		long total = (response.total() != null) ? response.total().value() : response.size();
		return new PageImpl<>(response.documents(), pageable, total);
	}

	static Object[] sortKeys(Sort sort) {
		List<Object> keys = new ArrayList<>();
		for (Sort.Order order : sort) {
			if (order.isIgnoreCase()) {
				throw new IllegalArgumentException("Sort order '" + order
						+ "' ignores case, which Elasticsearch cannot do at query time: "
						+ "sort on a keyword field with a lowercase normalizer instead");
			}
			keys.add(key(order));
		}
		return keys.toArray();
	}

	private static Object key(Sort.Order order) {
		String field = order.getProperty();
		String direction = order.isAscending() ? "asc" : "desc";
		String missing = switch (order.getNullHandling()) {
			case NULLS_FIRST -> "_first";
			case NULLS_LAST -> "_last";
			case NATIVE -> null;
		};
		if (missing == null && !field.equals("_score")) {
			return order.isAscending() ? field : "-" + field;
		}
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("order", direction);
		if (missing != null) {
			options.put("missing", missing);
		}
		return Map.of(field, options);
	}

}
