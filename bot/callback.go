package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"strconv"
	"strings"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/digest"
)

// Callback data, at most 64 bytes, '|'-separated:
//
//	s|PAGE|=QUERY or s|PAGE|#KEY        search page
//	t|SPEAKER|PAGE|=TOPIC or ...|#KEY   timeline page
//	f|SPEAKER / u|SPEAKER               follow / unfollow
//
// A query or topic too long to fit is kept in memory under KEY; after a
// restart such a button answers that it has expired.
const maxCallbackData = 64

// stateCache keeps the long texts of buttons, the oldest forgotten first.
type stateCache struct {
	mu    sync.Mutex
	max   int
	order []string
	m     map[string]string
}

func newStateCache(max int) *stateCache {
	return &stateCache{max: max, m: map[string]string{}}
}

func (c *stateCache) put(s string) string {
	var raw [6]byte
	rand.Read(raw[:])
	key := hex.EncodeToString(raw[:])
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.order) >= c.max {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, key)
	c.m[key] = s
	return key
}

func (c *stateCache) get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[key]
	return s, ok
}

// textRef returns "=text" when prefix+"="+text fits in callback data, else
// "#key" for text kept in the cache.
func (b *Bot) textRef(prefix, text string) string {
	if len(prefix)+1+len(text) <= maxCallbackData {
		return "=" + text
	}
	return "#" + b.states.put(text)
}

// textDeref undoes textRef.
func (b *Bot) textDeref(ref string) (string, bool) {
	switch {
	case strings.HasPrefix(ref, "="):
		return ref[1:], true
	case strings.HasPrefix(ref, "#"):
		return b.states.get(ref[1:])
	}
	return "", false
}

// pager returns the previous/next buttons of a search page.
func (b *Bot) pager(kind string, page int, more bool, query, _ string) *tgbotapi.InlineKeyboardMarkup {
	var row []tgbotapi.InlineKeyboardButton
	data := func(p int) string {
		prefix := kind + "|" + strconv.Itoa(p) + "|"
		return prefix + b.textRef(prefix, query)
	}
	if page > 0 {
		row = append(row, tgbotapi.NewInlineKeyboardButtonData("« Prev", data(page-1)))
	}
	if more {
		row = append(row, tgbotapi.NewInlineKeyboardButtonData("Next »", data(page+1)))
	}
	if len(row) == 0 {
		return nil
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(row)
	return &kb
}

func (b *Bot) timelineData(id int64, page int, topic string) string {
	prefix := "t|" + strconv.FormatInt(id, 10) + "|" + strconv.Itoa(page) + "|"
	return prefix + b.textRef(prefix, topic)
}

// errExpired answers a button whose data is stale, forged or unreadable.
var errExpired = digest.Errorf(digest.EINVALID, "This button has expired. Send the command again.")

// handleCallback answers a button press. Nothing changes for data the bot
// did not make or no longer understands.
func (b *Bot) handleCallback(ctx context.Context, q *tgbotapi.CallbackQuery) {
	notice := ""
	err := b.callback(ctx, q, &notice)
	if err != nil {
		notice = digest.ErrorMessage(err)
		if digest.ErrorCode(err) == digest.EINTERNAL {
			b.log.Error("callback_failed", slog.String("data", q.Data), slog.Any("error", err))
		}
	}
	if err := b.api.AnswerCallback(ctx, q.ID, digest.Shorten(notice, 190)); err != nil && ctx.Err() == nil {
		b.log.Warn("answer_callback_failed", slog.Any("error", err))
	}
}

func (b *Bot) callback(ctx context.Context, q *tgbotapi.CallbackQuery, notice *string) error {
	m := q.Message
	if m == nil || m.Chat == nil || q.From == nil {
		return errExpired
	}
	r := &request{ctx: ctx, msg: m, chat: m.Chat, from: q.From, cmd: "callback"}
	parts := strings.SplitN(q.Data, "|", 4)
	switch {
	case parts[0] == "s" && len(parts) == 3:
		page, err := strconv.Atoi(parts[1])
		query, ok := b.textDeref(parts[2])
		if err != nil || !ok || page < 0 || page > 10000 || query == "" {
			return errExpired
		}
		text, kb, err := b.searchPage(ctx, query, page)
		if err != nil {
			return err
		}
		return b.sender.Edit(ctx, m.Chat.ID, m.MessageID, text, kb)
	case parts[0] == "t" && len(parts) == 4:
		id, err1 := strconv.ParseInt(parts[1], 10, 64)
		page, err2 := strconv.Atoi(parts[2])
		topic, ok := b.textDeref(parts[3])
		if err1 != nil || err2 != nil || !ok || page < 0 {
			return errExpired
		}
		sp, err := b.speaker(ctx, id)
		if digest.ErrorCode(err) == digest.ENOTFOUND {
			return errExpired
		} else if err != nil {
			return err
		}
		text, kb, err := b.timelinePage(ctx, *sp, topic, page)
		if err != nil {
			return err
		}
		return b.sender.Edit(ctx, m.Chat.ID, m.MessageID, text, kb)
	case (parts[0] == "f" || parts[0] == "u") && len(parts) == 2:
		id, err := strconv.ParseInt(parts[1], 10, 64)
		if err != nil {
			return errExpired
		}
		if _, err := b.speaker(ctx, id); digest.ErrorCode(err) == digest.ENOTFOUND {
			return errExpired
		} else if err != nil {
			return err
		}
		if err := b.follow(r, id, parts[0] == "f"); err != nil {
			return err
		}
		*notice = "Done."
		return nil
	case parts[0] == "w" && len(parts) == 2:
		id, err := strconv.ParseInt(parts[1], 10, 64)
		if err != nil {
			return errExpired
		}
		if err := b.mustChange(r); err != nil {
			return err
		}
		if err := b.unwatch(r, m.Chat.ID, id); digest.ErrorCode(err) == digest.ENOTFOUND {
			return errExpired
		} else if err != nil {
			return err
		}
		*notice = "Done."
		return nil
	}
	return errExpired
}
