package io.github.esdsl.spring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.esql.EsqlClient;
import io.github.esdsl.faceted.FacetedRequest;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.BulkResult;
import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.persistence.IndexOperations;
import io.github.esdsl.persistence.SaveOptions;
import io.github.esdsl.persistence.Update;
import io.github.esdsl.persistence.UpdateResult;
import io.github.esdsl.search.MultiSearch;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;
import io.github.esdsl.search.UpdateByQuery;
import io.github.esdsl.search.UpdateByQueryResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The thread-safe entry point to one connection, as Spring Boot injects it: searches bound to
 * the connection, the life cycle of {@code @Document} objects, index operations and ES|QL.
 * Requests given to it run on its connection whatever alias they were built with.
 *
 * <pre>{@code
 * Page<Post> page = template.search(template.search(Post.class).query(Q.match("title", text)),
 * 		PageRequest.of(2, 20, Sort.by(Sort.Direction.DESC, "published")));
 * template.save(post);
 * }</pre>
 *
 * The auto-configuration defines one per connection alias: {@code searchTemplate} (primary) for
 * the {@code default} alias, and one qualified by its alias for each other, injected with
 * {@code @Qualifier("analytics") SearchTemplate analytics}.
 */
public final class SearchTemplate {

	private final Connection connection;

	private final DocumentOperations documents;

	/**
	 * A template on a connection.
	 * @param connection the connection
	 */
	public SearchTemplate(Connection connection) {
		if (connection == null) {
			throw new IllegalArgumentException("A SearchTemplate needs a connection, not null");
		}
		this.connection = connection;
		this.documents = new DocumentOperations(connection);
	}

	/** @return the connection every request of this template runs on */
	public Connection connection() {
		return this.connection;
	}

	/**
	 * A search on the index of a {@code @Document} class, bound to this template's connection.
	 * @param <T> the document class
	 * @param documentClass the class hits are read as
	 * @return the search
	 */
	public <T> Search<T> search(Class<T> documentClass) {
		return Search.of(documentClass).using(this.connection);
	}

	/**
	 * A search on indices (all of them without arguments) reading hits as maps, bound to this
	 * template's connection.
	 * @param indices index names or patterns
	 * @return the search
	 */
	public Search<Map<String, Object>> search(String... indices) {
		return Search.of(indices).using(this.connection);
	}

	/**
	 * Runs a search on this template's connection.
	 * @param <T> the type hits are read as
	 * @param search the search
	 * @return the response
	 */
	public <T> Response<T> execute(Search<T> search) {
		return bind(search).execute();
	}

	/**
	 * One page of a search: {@code from} and {@code size} from the pageable, its sort (when
	 * sorted) replacing the search's ({@code "field"} ascending, {@code "-field"} descending,
	 * null handling as {@code missing}), and an exact total unless the search sets
	 * {@code track_total_hits} itself.
	 * @param <T> the type hits are read as
	 * @param search the search
	 * @param pageable the page wanted; {@link Pageable#unpaged()} for the search's own window
	 * @return the page, with the total number of matching documents
	 * @throws IllegalArgumentException for a case-insensitive sort order or an offset beyond
	 * {@code Integer.MAX_VALUE}
	 */
	public <T> Page<T> search(Search<T> search, Pageable pageable) {
		return PageRequests.toPage(execute(PageRequests.apply(search, pageable)), pageable);
	}

	/**
	 * One page of a faceted search on this template's connection, with the facets' values:
	 * {@code from}, {@code size} and sort from the pageable as in {@link #search(Search, Pageable)}
	 * (its sort, when sorted, replacing the request's).
	 * @param <T> the type hits are read as
	 * @param facetedSearch the faceted search
	 * @param request the query text and selected facet values
	 * @param pageable the page wanted
	 * @return the page, with the total number of matching documents and every facet's values
	 * @throws IllegalArgumentException for a filter on an unknown facet, a case-insensitive sort
	 * order or an offset beyond {@code Integer.MAX_VALUE}
	 */
	public <T> FacetedPage<T> search(FacetedSearch<T> facetedSearch, FacetedRequest request, Pageable pageable) {
		Search<T> search = PageRequests.apply(required(facetedSearch, "faceted search")
			.build(required(request, "faceted request")), pageable);
		return new FacetedPage<>(facetedSearch.response(request, execute(search)), pageable);
	}

	/**
	 * The same as {@link #search(Search, Pageable)}.
	 * @param <T> the type hits are read as
	 * @param search the search
	 * @param pageable the page wanted
	 * @return the page
	 */
	public <T> Page<T> page(Search<T> search, Pageable pageable) {
		return search(search, pageable);
	}

	/**
	 * Counts the documents a search matches.
	 * @param search the search
	 * @return the count
	 */
	public long count(Search<?> search) {
		return bind(search).count();
	}

	/**
	 * All documents a search matches, fetched lazily with a point in time (see
	 * {@link Search#iterate()}); close the stream when not consuming it to the end.
	 * @param <T> the type hits are read as
	 * @param search the search
	 * @return the documents
	 */
	public <T> Stream<T> iterate(Search<T> search) {
		return bind(search).iterate();
	}

	/**
	 * Runs several searches in one request on this template's connection.
	 * @param multiSearch the searches
	 * @return one response per search, in order
	 */
	public List<Response<?>> multiSearch(MultiSearch multiSearch) {
		return required(multiSearch, "multi-search").using(this.connection).execute();
	}

	/**
	 * Runs an update by query on this template's connection.
	 * @param updateByQuery the update
	 * @return the response
	 */
	public UpdateByQueryResponse updateByQuery(UpdateByQuery updateByQuery) {
		return required(updateByQuery, "update by query").using(this.connection).execute();
	}

	/** @return the document life cycle on this template's connection */
	public DocumentOperations documents() {
		return this.documents;
	}

	/**
	 * Validates and indexes a document; see {@link DocumentOperations#save(Object)}.
	 * @param <T> the document class
	 * @param document the document
	 * @return the document with its new meta
	 */
	public <T> DocumentHit<T> save(T document) {
		return this.documents.save(document);
	}

	/**
	 * Validates and writes a document; see {@link DocumentOperations#save(Object, SaveOptions)}.
	 * @param <T> the document class
	 * @param document the document
	 * @param options how to write it
	 * @return the document with its new meta
	 */
	public <T> DocumentHit<T> save(T document, SaveOptions options) {
		return this.documents.save(document, options);
	}

	/**
	 * Reads a document by id.
	 * @param <T> the document class
	 * @param type the document class
	 * @param id the id
	 * @return the document with its meta, empty when there is no such document
	 */
	public <T> Optional<DocumentHit<T>> get(Class<T> type, String id) {
		return this.documents.get(type, id);
	}

	/**
	 * Reads several documents in one request, {@code null} in place of missing ones.
	 * @param <T> the document class
	 * @param type the document class
	 * @param ids the ids
	 * @return the documents in the order of the ids
	 */
	public <T> List<DocumentHit<T>> mget(Class<T> type, Collection<String> ids) {
		return this.documents.mget(type, ids);
	}

	/**
	 * Whether a document exists.
	 * @param type the document class
	 * @param id the id
	 * @return whether it exists
	 */
	public boolean exists(Class<?> type, String id) {
		return this.documents.exists(type, id);
	}

	/**
	 * Updates a stored document with a partial document or a script.
	 * @param <T> the document class
	 * @param type the document class
	 * @param id the id
	 * @param update the update
	 * @return the updated document, its new meta and the result
	 */
	public <T> UpdateResult<T> update(Class<T> type, String id, Update update) {
		return this.documents.update(type, id, update);
	}

	/**
	 * Deletes a document by id.
	 * @param type the document class
	 * @param id the id
	 * @return whether it existed
	 */
	public boolean delete(Class<?> type, String id) {
		return this.documents.delete(type, id);
	}

	/**
	 * Deletes a document by its {@code @Id}.
	 * @param <T> the document class
	 * @param document the document
	 * @return whether it existed
	 */
	public <T> boolean delete(T document) {
		return this.documents.delete(document);
	}

	/**
	 * Bulk-writes documents and actions with default options.
	 * @param items documents (each indexed) and {@code BulkAction}s
	 * @return the outcome, listing every failed item
	 */
	public BulkResult bulk(Iterable<?> items) {
		return this.documents.bulk(items);
	}

	/**
	 * Bulk-writes documents and actions.
	 * @param items documents (each indexed) and {@code BulkAction}s; the stream is closed
	 * @param options batch sizes, concurrency and retries
	 * @return the outcome, listing every failed item
	 */
	public BulkResult bulk(Stream<?> items, BulkOptions options) {
		return this.documents.bulk(items, options);
	}

	/** @return index management on this template's connection */
	public IndexOperations indices() {
		return this.documents.indices();
	}

	/** @return an ES|QL client on this template's connection */
	public EsqlClient esql() {
		return EsqlClient.of(this.connection);
	}

	private <T> Search<T> bind(Search<T> search) {
		return required(search, "search").using(this.connection);
	}

	private static <R> R required(R request, String what) {
		if (request == null) {
			throw new IllegalArgumentException("The " + what + " to run must not be null");
		}
		return request;
	}

	@Override
	public String toString() {
		return "SearchTemplate on " + this.connection;
	}

}
