package io.github.esdsl.search;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.esdsl.connection.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Iterates all hits of a search page by page, holding one page at a time, and releases what the
 * cluster keeps for it (a point in time or a scroll) when the hits run out, when fetching a page
 * fails, and when closed early.
 *
 * @param <T> the type hits are read as
 */
abstract class Paging<T> implements Iterator<Hit<T>>, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Paging.class);

	final Connection connection;

	private Iterator<Hit<T>> page;

	private Response<T> last;

	private boolean done;

	private boolean released;

	Paging(Connection connection) {
		this.connection = connection;
	}

	/**
	 * The first page (opening what the paging needs).
	 */
	abstract Response<T> first();

	/**
	 * The page after a non-empty one.
	 */
	abstract Response<T> next(Response<T> previous);

	/**
	 * Releases the point in time or scroll, if one was opened.
	 */
	abstract void release();

	/**
	 * The hits as a stream that must be closed ({@code try}-with-resources) when not consumed to
	 * the end.
	 */
	Stream<Hit<T>> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
				false).onClose(this::close);
	}

	@Override
	public boolean hasNext() {
		while (!this.done && (this.page == null || !this.page.hasNext())) {
			fetch();
		}
		return !this.done;
	}

	@Override
	public Hit<T> next() {
		if (!hasNext()) {
			throw new NoSuchElementException("No more hits");
		}
		return this.page.next();
	}

	private void fetch() {
		Response<T> response;
		try {
			response = (this.last == null) ? first() : next(this.last);
		}
		catch (RuntimeException ex) {
			this.done = true;
			releaseOnce(ex);
			throw ex;
		}
		if (response.isEmpty()) {
			this.done = true;
			this.page = null;
			this.last = null;
			releaseOnce(null);
			return;
		}
		this.last = response;
		this.page = response.hits().iterator();
	}

	@Override
	public void close() {
		this.done = true;
		this.page = null;
		this.last = null;
		releaseOnce(null);
	}

	private void releaseOnce(RuntimeException failure) {
		if (this.released) {
			return;
		}
		this.released = true;
		try {
			release();
		}
		catch (RuntimeException ex) {
			if (failure != null) {
				failure.addSuppressed(ex);
			}
			else {
				logger.warn("Releasing the search context failed; it expires with its keep-alive", ex);
			}
		}
	}

}
