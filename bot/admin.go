package bot

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// maxClipText bounds the text of a clipping sent to the bot; Telegram's
// own limit on a message is 4096 characters.
const maxClipText = 64 << 10

// saved says what happened to a clipping sent to the bot.
func saved(res digest.SaveResult) string {
	switch {
	case res.Duplicate:
		return "Already stored: nothing new."
	case res.Statements == 0:
		return "Stored, but I found no statements in it."
	}
	msg := fmt.Sprintf("Stored: %d statement", res.Statements)
	if res.Statements != 1 {
		msg += "s"
	}
	msg += fmt.Sprintf(" (%d new)", res.NewEntries)
	if res.NewSpeakers > 0 {
		msg += fmt.Sprintf(", %d new speaker", res.NewSpeakers)
		if res.NewSpeakers != 1 {
			msg += "s"
		}
	}
	if res.NearDupOf != 0 {
		msg += "; it is much like a clipping already stored"
	}
	return msg + "."
}

// webURL reports whether s is a single http(s) URL.
func webURL(s string) bool {
	if strings.ContainsAny(s, " \n\t") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// sentAt returns a message's Unix date as a time, or the clock's now when
// Telegram gave none.
func (b *Bot) sentAt(unix int) time.Time {
	if unix <= 0 {
		return b.clock.Now()
	}
	return time.Unix(int64(unix), 0).UTC()
}

func (b *Bot) cmdAdd(r *request) error {
	arg := strings.TrimSpace(r.args)
	if arg == "" {
		return digest.Errorf(digest.EINVALID, "Send /add and a link, or /add and the text of an article. Forwarding a message works too.")
	}
	if b.collect == nil {
		return digest.Errorf(digest.EINVALID, "Adding clippings is not set up on this bot.")
	}
	var (
		res digest.SaveResult
		err error
	)
	if webURL(arg) {
		res, err = b.collect.AddURL(r.ctx, arg)
	} else {
		if len(arg) > maxClipText {
			return digest.Errorf(digest.EINVALID, "That text is too long.")
		}
		res, err = b.collect.AddText(r.ctx, fmt.Sprintf("chat:%d:%d", r.chat.ID, r.msg.MessageID), arg, digest.Received{At: b.sentAt(r.msg.Date)})
	}
	if err != nil {
		return err
	}
	return b.send(r, digest.EscapeHTML(saved(res)))
}

// handleForward stores a message an admin forwarded, in a private chat,
// as a clipping. Forwards in groups are conversation, not input.
func (b *Bot) handleForward(r *request) error {
	if !r.private() {
		return nil
	}
	if !b.isAdmin(r) {
		return digest.Errorf(digest.EINVALID, "Only the bot's admins can add clippings.")
	}
	text := r.msg.Text
	if text == "" {
		text = r.msg.Caption
	}
	if strings.TrimSpace(text) == "" {
		return digest.Errorf(digest.EINVALID, "That message has no text to store.")
	}
	if b.collect == nil {
		return digest.Errorf(digest.EINVALID, "Adding clippings is not set up on this bot.")
	}
	origin := r.msg.ForwardSenderName
	rcv := digest.Received{At: b.sentAt(r.msg.Date)}
	if r.msg.ForwardDate != 0 {
		rcv.At = b.sentAt(r.msg.ForwardDate) // when the original was posted
	}
	switch {
	case r.msg.ForwardFromChat != nil:
		origin = r.msg.ForwardFromChat.Title
		if origin == "" {
			origin = r.msg.ForwardFromChat.UserName
		}
		rcv.Outlet = origin // a channel or group: the outlet
	case r.msg.ForwardFrom != nil:
		origin = strings.TrimSpace(r.msg.ForwardFrom.FirstName + " " + r.msg.ForwardFrom.LastName)
	}
	name := fmt.Sprintf("telegram:%d:%d", r.chat.ID, r.msg.MessageID)
	if origin != "" {
		name += ":" + origin
	}
	res, err := b.collect.AddText(r.ctx, name, text, rcv)
	if err != nil {
		return err
	}
	return b.send(r, digest.EscapeHTML(saved(res)))
}

func (b *Bot) cmdStats(r *request) error {
	st, err := b.store.Stats(r.ctx)
	if err != nil {
		return fmt.Errorf("bot: stats: %w", err)
	}
	ss := b.sender.Stats()
	var sb strings.Builder
	sb.WriteString("<b>Stats</b>\n")
	fmt.Fprintf(&sb, "Clippings: %d\nStatements: %d\nSpeakers: %d\nSubscribed chats: %d\n", st.Clippings, st.Statements, st.Speakers, st.Chats)
	fmt.Fprintf(&sb, "Outbox: %d sent, %d failed, %d pending\n", st.MessagesSent, st.MessagesFailed, st.MessagesPending)
	if !st.LastDigest.IsZero() {
		fmt.Fprintf(&sb, "Last digest: %s\n", st.LastDigest.Format("2 Jan 2006 15:04 MST"))
	}
	fmt.Fprintf(&sb, "Since start: %d sent, %d failed, %d retried, %d × 429, %d chats deactivated, %d migrated, %d queued",
		ss.Sent, ss.Failed, ss.Retries, ss.TooMany, ss.Deactivated, ss.Migrated, ss.Queued)
	return b.send(r, sb.String())
}
