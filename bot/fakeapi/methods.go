// The Bot API methods the fake server answers, each checked the way
// Telegram checks it: text and parse mode, inline keyboards, rate limits.

package fakeapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/time/rate"
)

// checkText validates a message text in parse mode mode and returns what
// the chat shows.
func checkText(text, mode string) (string, *apiError) {
	plain := text
	switch strings.ToLower(mode) {
	case "":
	case "html":
		p, err := ParseHTML(text)
		if err != nil {
			return "", badRequest("can't parse entities: %s", capitalize(err.Error()))
		}
		plain = p
	default:
		return "", badRequest("unsupported parse_mode %q in this fake", mode)
	}
	if strings.TrimSpace(plain) == "" {
		return "", badRequest("message text is empty")
	}
	if UTF16Len(plain) > 4096 {
		return "", badRequest("message is too long")
	}
	return plain, nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// checkMarkup validates reply_markup and returns its inline buttons.
func checkMarkup(raw string) ([][]Button, *apiError) {
	if raw == "" {
		return nil, nil
	}
	var m tgbotapi.InlineKeyboardMarkup
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		return nil, badRequest("can't parse reply keyboard markup JSON object")
	}
	var rows [][]Button
	for _, row := range m.InlineKeyboard {
		var out []Button
		for _, b := range row {
			if b.Text == "" {
				return nil, badRequest("BUTTON_TEXT_EMPTY")
			}
			var btn Button
			btn.Text = b.Text
			switch {
			case b.CallbackData != nil:
				if len(*b.CallbackData) == 0 || len(*b.CallbackData) > 64 {
					return nil, badRequest("BUTTON_DATA_INVALID")
				}
				btn.Data = *b.CallbackData
			case b.URL != nil:
				btn.URL = *b.URL
			default:
				return nil, badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
			}
			out = append(out, btn)
		}
		rows = append(rows, out)
	}
	return rows, nil
}

// limited applies the rate limits to a message for chat c at now and
// returns a 429 when one is exceeded. Call with s.mu held.
func (s *Server) limited(c *tgbotapi.Chat, now time.Time) *apiError {
	l := s.opts.Limits
	var lims []*rate.Limiter
	if s.global != nil {
		lims = append(lims, s.global)
	}
	chatLim := s.perChat[c.ID]
	if chatLim == nil {
		if c.Type == "group" || c.Type == "supergroup" {
			chatLim = newLimiter(l.GroupPerMinute/60, l.GroupBurst)
		} else {
			chatLim = newLimiter(l.ChatPerSecond, l.ChatBurst)
		}
		if chatLim != nil {
			s.perChat[c.ID] = chatLim
		}
	}
	if chatLim != nil {
		lims = append(lims, chatLim)
	}
	var wait time.Duration
	var taken []*rate.Reservation
	for _, lim := range lims {
		r := lim.ReserveN(now, 1)
		taken = append(taken, r)
		if d := r.DelayFrom(now); d > wait {
			wait = d
		}
	}
	if wait == 0 {
		return nil
	}
	for _, r := range taken {
		r.CancelAt(now)
	}
	secs := int((wait + time.Second - 1) / time.Second)

	return &apiError{code: 429, desc: fmt.Sprintf("Too Many Requests: retry after %d", secs), retryAfter: secs}
}

func (s *Server) sendMessage(w http.ResponseWriter, r *http.Request) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, err := s.chatFor(w, r, s.opts.AcceptUnknownChats)
	if err != nil {
		return nil, err
	}
	plain, buttons, err := checkBody(r)
	if err != nil {
		return nil, err
	}
	now := s.opts.Now()
	if err := s.limited(c, now); err != nil {
		return nil, err
	}
	s.nextMsg[c.ID]++
	m := &Message{
		ChatID: c.ID, MessageID: 100000 + s.nextMsg[c.ID], HTML: r.FormValue("text"), Text: plain,
		ParseMode: r.FormValue("parse_mode"), Buttons: buttons, Date: now,
	}
	s.messages[c.ID] = append(s.messages[c.ID], m)
	s.stats.Sent++
	if s.stats.FirstSent.IsZero() {
		s.stats.FirstSent = now
	}
	s.stats.LastSent = now
	s.notify()
	return s.tgMessage(c, m), nil
}

// checkBody validates a message's text and inline keyboard as sendMessage
// and editMessageText receive them.
func checkBody(r *http.Request) (string, [][]Button, *apiError) {
	plain, err := checkText(r.FormValue("text"), r.FormValue("parse_mode"))
	if err != nil {
		return "", nil, err
	}
	buttons, err := checkMarkup(r.FormValue("reply_markup"))
	if err != nil {
		return "", nil, err
	}
	return plain, buttons, nil
}

// tgMessage is the Message object Telegram returns for a sent message.
func (s *Server) tgMessage(c *tgbotapi.Chat, m *Message) tgbotapi.Message {
	from := s.Bot()
	return tgbotapi.Message{MessageID: m.MessageID, From: &from, Chat: c, Date: int(m.Date.Unix()), Text: m.Text}
}

func (s *Server) editMessageText(r *http.Request) (any, *apiError) {
	return s.inChat(r, func(c *tgbotapi.Chat) (any, *apiError) { return s.edit(c, r) })
}

func (s *Server) edit(c *tgbotapi.Chat, r *http.Request) (any, *apiError) {
	id, _ := formInt(r, "message_id")
	var m *Message
	for _, x := range s.messages[c.ID] {
		if int64(x.MessageID) == id {
			m = x
		}
	}
	if m == nil {
		return nil, badRequest("message to edit not found")
	}
	plain, buttons, err := checkBody(r)
	if err != nil {
		return nil, err
	}
	if m.HTML == r.FormValue("text") && fmt.Sprint(m.Buttons) == fmt.Sprint(buttons) {
		return nil, badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
	}
	m.HTML, m.Text, m.Buttons, m.ParseMode = r.FormValue("text"), plain, buttons, r.FormValue("parse_mode")
	m.Edits++
	s.stats.Edited++
	s.notify()
	return s.tgMessage(c, m), nil
}

func (s *Server) answerCallbackQuery(r *http.Request) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.queries[r.FormValue("callback_query_id")]
	if q == nil || q.answered {
		return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	q.answered = true
	q.text = r.FormValue("text")
	s.stats.Callbacks++
	s.notify()
	return true, nil
}

func (s *Server) setMyCommands(r *http.Request) (any, *apiError) {
	var cmds []tgbotapi.BotCommand
	if err := json.Unmarshal([]byte(r.FormValue("commands")), &cmds); err != nil {
		return nil, badRequest("can't parse commands JSON object")
	}
	if len(cmds) > 100 {
		return nil, badRequest("too many commands")
	}
	for _, c := range cmds {
		if len(c.Command) < 1 || len(c.Command) > 32 || strings.Trim(c.Command, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			return nil, badRequest("BOT_COMMAND_INVALID")
		}
		if n := UTF16Len(c.Description); n < 1 || n > 256 {
			return nil, badRequest("command description is empty or too long")
		}
	}
	var scope struct {
		Type   string `json:"type"`
		ChatID int64  `json:"chat_id"`
	}
	if raw := r.FormValue("scope"); raw != "" {
		if err := json.Unmarshal([]byte(raw), &scope); err != nil {
			return nil, badRequest("can't parse BotCommandScope JSON object")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch scope.Type {
	case "", "default":
		s.commands = cmds
	case "chat":
		s.chatCommands[scope.ChatID] = cmds
	default:
		return nil, badRequest("unsupported scope %q in this fake", scope.Type)
	}
	s.notify()
	return true, nil
}

func (s *Server) setWebhook(r *http.Request) (any, *apiError) {
	u := r.FormValue("url")
	if u != "" && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://127.0.0.1") {
		return nil, badRequest("bad webhook: An HTTPS URL must be provided for webhook")
	}
	if sec := r.FormValue("secret_token"); len(sec) > 256 || strings.Trim(sec, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != "" {
		return nil, badRequest("bad webhook: secret token contains unallowed characters")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.webhook = webhook{url: u, secret: r.FormValue("secret_token")}
	s.notify()
	return true, nil
}

// Webhook returns the webhook URL and secret the bot set ("" for none).
func (s *Server) Webhook() (url, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook.url, s.webhook.secret
}

// inChat runs f under the lock with the request's chat.
func (s *Server) inChat(r *http.Request, f func(c *tgbotapi.Chat) (any, *apiError)) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, err := s.chatFor(nil, r, false)
	if err != nil {
		return nil, err
	}
	return f(c)
}

func (s *Server) getChat(r *http.Request) (any, *apiError) {
	return s.inChat(r, func(c *tgbotapi.Chat) (any, *apiError) { return c, nil })
}

func (s *Server) getChatMember(r *http.Request) (any, *apiError) {
	return s.inChat(r, func(c *tgbotapi.Chat) (any, *apiError) { return s.member(c, r) })
}

func (s *Server) member(c *tgbotapi.Chat, r *http.Request) (any, *apiError) {
	uid, _ := formInt(r, "user_id")
	user, ok := s.users[uid]
	if !ok {
		return nil, badRequest("user not found")
	}
	status := s.members[c.ID][uid]
	if status == "" {
		status = "left"
		if c.Type == "private" && c.ID == uid {
			status = "member"
		}
	}
	return tgbotapi.ChatMember{User: &user, Status: status}, nil
}

func (s *Server) getChatAdministrators(r *http.Request) (any, *apiError) {
	return s.inChat(r, s.admins)
}

func (s *Server) admins(c *tgbotapi.Chat) (any, *apiError) {
	if c.Type == "private" {
		return nil, badRequest("there are no administrators in the private chat")
	}
	out := []tgbotapi.ChatMember{}
	for uid, st := range s.members[c.ID] {
		if st == "creator" || st == "administrator" {
			u := s.users[uid]
			out = append(out, tgbotapi.ChatMember{User: &u, Status: st})
		}
	}
	return out, nil
}
