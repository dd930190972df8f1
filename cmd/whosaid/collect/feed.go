package collect

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/store"
)

// feedSource is the State key of a feed.
func feedSource(u string) string { return "feed:" + u }

// collectFeed fetches one feed if it is due and takes in its new items. The
// feed's validators (ETag, Last-Modified) are saved only once every item of
// the fetch was taken in, so an item that failed for a passing reason is
// tried again on the next fetch instead of hidden behind a 304.
//
// A feed is fetched every f.Every measured from the start of the previous
// collection that fetched it, so it keeps its interval: measured from the
// fetch's end, the next tick of the same interval came just too early and
// a feed with every: 1m was polled every 2 minutes. tickSlack absorbs the
// scheduler's lateness.
func (c *Collector) collectFeed(ctx context.Context, f Feed, start time.Time) (int, error) {
	src := feedSource(f.URL)
	st, err := c.state.FetchState(ctx, src)
	if err != nil {
		return 0, err
	}
	if start.Add(tickSlack).Before(st.NextTry) {
		return 0, nil
	}
	every := f.Every
	if every <= 0 {
		every = c.opts.Every
	}
	added, retry, err := c.fetchFeed(ctx, f, &st)
	if ctx.Err() != nil {
		return added, ctx.Err() // shutting down: leave the state as it was
	}
	now := c.opts.Now()
	if err != nil {
		st.Failures++
		st.LastError = err.Error()
		st.NextTry = now.Add(c.backoff(every, st.Failures, err)) // a Retry-After counts from its answer
		c.log.Warn("feed_failed", slog.String("feed", f.URL), slog.Int("failures", st.Failures),
			slog.Time("next_try", st.NextTry), slog.Any("error", err))
	} else {
		st.Failures, st.LastError, st.LastOK = 0, "", now
		st.NextTry = start.Add(every)
		if retry > 0 {
			// Keep the old validators so the next fetch lists the items
			// again.
			c.log.Info("feed_items_retry", slog.String("feed", f.URL), slog.Int("items", retry))
		}
	}
	if serr := c.state.SaveFetchState(ctx, st); serr != nil {
		return added, serr
	}
	if err != nil {
		return added, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	return added, nil
}

// tickSlack is how early a feed may be fetched: a scheduler tick that comes
// a little sooner after the previous one than the feed's interval (cron
// keeps whole seconds; the previous collection started a few milliseconds
// after its tick) still fetches it.
const tickSlack = time.Second

// backoff returns how long to wait after the n-th failure in a row: the
// feed's interval doubled per failure, at most MaxBackoff, at least what the
// server asked for.
func (c *Collector) backoff(every time.Duration, n int, err error) time.Duration {
	d := every
	for i := 1; i < n && d < c.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, c.opts.MaxBackoff)
	if fe, ok := err.(*fetchError); ok && fe.RetryAfter > d {
		d = min(fe.RetryAfter, 24*time.Hour)
	}
	return d
}

// fetchFeed fetches and parses the feed and takes in its new items, oldest
// first. On success it updates st's validators unless some item must be
// retried; it returns how many clippings were stored and how many items are
// left for the next fetch.
func (c *Collector) fetchFeed(ctx context.Context, f Feed, st *store.FetchState) (added, retry int, err error) {
	r, err := c.fetch(ctx, f.URL, c.opts.MaxFeedBytes, st.ETag, st.LastModified)
	if err != nil {
		return 0, 0, err
	}
	if r.status == http.StatusNotModified {
		return 0, 0, nil
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(r.body))
	if err != nil {
		return 0, 0, &fetchError{URL: f.URL, Msg: "not an RSS, Atom or JSON feed", Err: err}
	}
	src := feedSource(f.URL)
	done := map[string]bool{}
	for i := len(feed.Items) - 1; i >= 0; i-- {
		it := feed.Items[i]
		key := itemKey(it)
		if done[key] {
			continue // the same GUID twice in one feed
		}
		done[key] = true
		n, err := c.takeItem(ctx, src, key, it)
		if ctx.Err() != nil {
			return added, retry, ctx.Err()
		}
		added += n
		if err != nil {
			retry++
			c.log.Warn("feed_item_failed", slog.String("feed", f.URL), slog.String("item", key), slog.Any("error", err))
		}
	}
	if retry == 0 {
		st.ETag, st.LastModified = r.etag, r.lastModified
	}
	return added, retry, nil
}

// itemKey identifies a feed item: its GUID, else its link, else a hash of
// its title and content.
func itemKey(it *gofeed.Item) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		return g
	}
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Description + "\x00" + it.Content))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// takeItem stores one feed item unless it was taken in before: its page
// when it links to one, else (or when the page cannot be had for good) the
// text the feed carries. It returns an error only for failures worth
// retrying on the next fetch; the item is then not marked seen.
func (c *Collector) takeItem(ctx context.Context, src, key string, it *gofeed.Item) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok, err := c.state.Seen(ctx, src, key); err != nil || ok {
		return 0, err
	}
	opts := clip.Options{URL: it.Link}
	if it.PublishedParsed != nil {
		opts.Published = it.PublishedParsed.UTC()
	} else if it.UpdatedParsed != nil {
		opts.Published = it.UpdatedParsed.UTC()
	}
	var (
		name = it.Link
		data []byte
		why  string
	)
	if it.Link != "" && checkURL(it.Link) == nil {
		page, err := c.fetchPage(ctx, it.Link)
		switch {
		case err == nil:
			name, data = page.url, page.body
			opts.URL = page.url
		case !permanent(err):
			return 0, err
		default:
			why = err.Error()
		}
	}
	if data == nil {
		if text := itemText(it); text != "" {
			data = []byte(text)
			if name == "" {
				name = src + "#" + key
			}
		}
	}
	sig := "ok"
	res, err := digest.SaveResult{}, error(nil)
	if data == nil {
		sig = "skipped: " + why
		if why == "" {
			sig = "skipped: no link and no text"
		}
	} else if res, err = c.ingest(ctx, name, data, opts); err != nil {
		if digest.ErrorCode(err) != digest.EINVALID {
			return 0, err
		}
		sig = "skipped: " + digest.ErrorMessage(err)
	}
	if sig != "ok" {
		c.log.Info("feed_item_skipped", slog.String("item", key), slog.String("reason", sig))
	}
	if err := c.state.MarkSeen(ctx, src, key, sig); err != nil {
		return 0, err
	}
	if sig == "ok" && !res.Duplicate {
		return 1, nil
	}
	return 0, nil
}

// itemText is the text a feed item carries itself, as an HTML fragment with
// its title as the headline.
func itemText(it *gofeed.Item) string {
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	if strings.TrimSpace(body) == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>")
	b.WriteString(htmlEscape(it.Title))
	b.WriteString("</title></head><body><article><h1>")
	b.WriteString(htmlEscape(it.Title))
	b.WriteString("</h1>")
	if !strings.Contains(body, "<") {
		body = "<p>" + htmlEscape(body) + "</p>"
	}
	b.WriteString(body)
	b.WriteString("</article></body></html>")
	return b.String()
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;")

func htmlEscape(s string) string { return htmlEscaper.Replace(s) }
