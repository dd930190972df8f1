// Package fakeapi is a fake Telegram Bot API server: a real HTTP server on
// loopback that answers the methods whosaid's bot uses the way Telegram
// does, so that the real client library is exercised end to end. It
// validates what it receives (HTML parse mode, message length, callback data),
// records every message per chat, enforces per-chat, per-group and global
// rate limits with 429 and retry_after, and can be told to fail for a chat
// (403, migration, 5xx, dropped connections). Tests drive it through the
// methods that play a user: SendText, Forward, Press.
package fakeapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/time/rate"
)

// Limits are the rate limits the server enforces on sendMessage. A zero
// rate means no limit. Bursts default to 1.
type Limits struct {
	GlobalPerSecond float64
	GlobalBurst     int
	ChatPerSecond   float64
	ChatBurst       int
	GroupPerMinute  float64
	GroupBurst      int
}

// TelegramLimits returns the limits Telegram documents: about one message
// per second to a chat, 20 per minute to a group, 30 per second in all, with
// a little tolerance for jitter in the global one.
func TelegramLimits() Limits {
	return Limits{GlobalPerSecond: 30, GlobalBurst: 3, ChatPerSecond: 1, ChatBurst: 1, GroupPerMinute: 20, GroupBurst: 1}
}

// Options configure a Server.
type Options struct {
	Token       string // the token in request paths; required
	BotID       int64  // defaults to 7000000001
	BotUserName string // defaults to "whosaid_bot"
	Limits      Limits
	// Now is the server's clock; defaults to time.Now. Rate limits are
	// measured with it, so a test that shares its clock with the bot sees
	// no real waiting.
	Now func() time.Time
	// AcceptUnknownChats makes sendMessage to a chat the server has never
	// seen create it as a private chat instead of answering "chat not found".
	AcceptUnknownChats bool
}

// Message is one message the bot sent (or edited) in a chat.
type Message struct {
	ChatID    int64
	MessageID int
	HTML      string // the text as sent
	Text      string // what the chat shows: tags removed, entities decoded
	ParseMode string
	Buttons   [][]Button
	Edits     int
	Date      time.Time
}

// Button is one inline keyboard button.
type Button struct {
	Text string
	Data string // callback_data
	URL  string
}

// Fault is an error the server answers for a chat instead of doing the
// request.
type Fault struct {
	Code        int    // HTTP status and error_code: 403, 400, 500, 502...
	Description string // Telegram's description
	MigrateTo   int64  // parameters.migrate_to_chat_id
	RetryAfter  int    // parameters.retry_after
	Drop        bool   // close the connection without answering
	Times       int    // answer like this this many times; 0: always
}

// Stats counts what the server did.
type Stats struct {
	Requests   int
	Sent       int // messages accepted by sendMessage
	Edited     int
	TooMany    int // 429 answers
	Rejected   int // other 4xx answers
	Faults     int // injected faults answered
	FirstSent  time.Time
	LastSent   time.Time
	Callbacks  int
	GetUpdates int
}

// Server is a running fake Bot API.
type Server struct {
	opts Options
	srv  *http.Server
	ln   net.Listener

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced on every change
	chats        map[int64]*tgbotapi.Chat
	members      map[int64]map[int64]string // chat -> user -> status
	messages     map[int64][]*Message
	nextMsg      map[int64]int
	updates      []tgbotapi.Update
	nextUpd      int
	queries      map[string]*callback
	nextQuery    int
	faults       map[int64]*Fault
	commands     []tgbotapi.BotCommand
	chatCommands map[int64][]tgbotapi.BotCommand
	webhook      webhook
	global       *rate.Limiter
	perChat      map[int64]*rate.Limiter
	stats        Stats
	users        map[int64]tgbotapi.User

	webhookErrors int
}

type callback struct {
	answered bool
	text     string
}

type webhook struct {
	url    string
	secret string
}

// Start starts a server on a loopback port. Close stops it.
func Start(opts Options) (*Server, error) {
	if opts.Token == "" {
		return nil, fmt.Errorf("fakeapi: no token")
	}
	if opts.BotID == 0 {
		opts.BotID = 7000000001
	}
	if opts.BotUserName == "" {
		opts.BotUserName = "whosaid_bot"
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("fakeapi: listen: %w", err)
	}
	s := &Server{
		opts:         opts,
		ln:           ln,
		changed:      make(chan struct{}),
		chats:        map[int64]*tgbotapi.Chat{},
		members:      map[int64]map[int64]string{},
		messages:     map[int64][]*Message{},
		nextMsg:      map[int64]int{},
		queries:      map[string]*callback{},
		faults:       map[int64]*Fault{},
		chatCommands: map[int64][]tgbotapi.BotCommand{},
		perChat:      map[int64]*rate.Limiter{},
		users:        map[int64]tgbotapi.User{},
		nextUpd:      1,
	}
	s.global = newLimiter(opts.Limits.GlobalPerSecond, opts.Limits.GlobalBurst)
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return s, nil
}

func newLimiter(perSecond float64, burst int) *rate.Limiter {
	if perSecond <= 0 {
		return nil
	}
	if burst < 1 {
		burst = 1
	}
	return rate.NewLimiter(rate.Limit(perSecond), burst)
}

// URL returns the API endpoint to configure a bot with, such as
// "http://127.0.0.1:34567".
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Close stops the server and aborts requests in progress.
func (s *Server) Close() error { return s.srv.Close() }

// Bot returns the bot's own user.
func (s *Server) Bot() tgbotapi.User {
	return tgbotapi.User{ID: s.opts.BotID, IsBot: true, FirstName: "whosaid", UserName: s.opts.BotUserName}
}

// SetLimits replaces the rate limits.
func (s *Server) SetLimits(l Limits) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.Limits = l
	s.global = newLimiter(l.GlobalPerSecond, l.GlobalBurst)
	s.perChat = map[int64]*rate.Limiter{}
}

// notify wakes everything waiting in Wait. Call with s.mu held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Changed returns a channel that is closed at the next change to the
// server's state (a message, an update, an answered request).
func (s *Server) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// Wait returns when cond reports true, checking it after every change to
// the server's state, or with ctx's error when ctx is done first. cond may
// call the server's methods.
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakeapi: wait: %w", ctx.Err())
		}
	}
}

// AddChat registers a chat (and makes its members known when given).
func (s *Server) AddChat(c tgbotapi.Chat) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cc := c
	s.chats[c.ID] = &cc
	s.notify()
}

// SetMember sets a user's status in a chat: "creator", "administrator",
// "member", "left" or "kicked".
func (s *Server) SetMember(chatID int64, user tgbotapi.User, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.members[chatID] == nil {
		s.members[chatID] = map[int64]string{}
	}
	s.members[chatID][user.ID] = status
	s.users[user.ID] = user
}

// Fail makes the server answer f for requests about chatID instead of doing
// them, f.Times times (or until Heal when 0).
func (s *Server) Fail(chatID int64, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ff := f
	s.faults[chatID] = &ff
}

// Heal removes a chat's fault.
func (s *Server) Heal(chatID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.faults, chatID)
}

// Block makes the chat answer 403 as when the user blocked the bot.
func (s *Server) Block(chatID int64) {
	s.Fail(chatID, Fault{Code: 403, Description: "Forbidden: bot was blocked by the user"})
}

// Kick makes the chat answer 403 as when the bot was removed from a group.
func (s *Server) Kick(chatID int64) {
	s.Fail(chatID, Fault{Code: 403, Description: "Forbidden: bot was kicked from the group chat"})
}

// Migrate turns group from into supergroup to: from answers 400 with
// migrate_to_chat_id from now on, and to exists.
func (s *Server) Migrate(from, to int64) {
	s.mu.Lock()
	old := s.chats[from]
	title := ""
	if old != nil {
		title = old.Title
	}
	s.chats[to] = &tgbotapi.Chat{ID: to, Type: "supergroup", Title: title}
	if m := s.members[from]; m != nil {
		s.members[to] = m
	}
	s.mu.Unlock()
	s.Fail(from, Fault{Code: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: to})
}

// Messages returns copies of the messages the bot has in a chat, oldest
// first.
func (s *Server) Messages(chatID int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, 0, len(s.messages[chatID]))
	for _, m := range s.messages[chatID] {
		out = append(out, *m)
	}
	return out
}

// ChatIDs returns every chat the bot has sent a message to.
func (s *Server) ChatIDs() []int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []int64
	for id, ms := range s.messages {
		if len(ms) > 0 {
			out = append(out, id)
		}
	}
	return out
}

// Stats returns the server's counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// Commands returns the commands registered with setMyCommands for the
// default scope.
func (s *Server) Commands() []tgbotapi.BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tgbotapi.BotCommand(nil), s.commands...)
}

// ChatCommands returns the commands registered for one chat's scope.
func (s *Server) ChatCommands(chatID int64) []tgbotapi.BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tgbotapi.BotCommand(nil), s.chatCommands[chatID]...)
}

// CallbackAnswer returns the text the bot answered a callback query with
// and whether it answered it.
func (s *Server) CallbackAnswer(id string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.queries[id]
	if q == nil {
		return "", false
	}
	return q.text, q.answered
}

// Pending returns how many updates the bot has not yet confirmed.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

// apiError is an answer with ok=false.
type apiError struct {
	code       int
	desc       string
	retryAfter int
	migrateTo  int64
}

func (e *apiError) Error() string { return e.desc }

func badRequest(format string, args ...any) *apiError {
	return &apiError{code: 400, desc: "Bad Request: " + fmt.Sprintf(format, args...)}
}

// ServeHTTP answers /bot<token>/<method>.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.stats.Requests++
	s.mu.Unlock()
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 {
		writeError(w, &apiError{code: 404, desc: "Not Found"})
		return
	}
	if token != s.opts.Token {
		writeError(w, &apiError{code: 401, desc: "Unauthorized"})
		return
	}
	if err := r.ParseMultipartForm(1 << 20); err != nil && err != http.ErrNotMultipart {
		writeError(w, badRequest("can't parse request: %v", err))
		return
	}
	if r.Form == nil {
		if err := r.ParseForm(); err != nil {
			writeError(w, badRequest("can't parse request: %v", err))
			return
		}
	}
	var (
		result any
		err    *apiError
	)
	switch strings.ToLower(method) {
	case "getme":
		result = s.Bot()
	case "getupdates":
		result, err = s.getUpdates(r)
	case "sendmessage":
		result, err = s.sendMessage(w, r)
		if err == errDropped {
			return
		}
	case "editmessagetext":
		result, err = s.editMessageText(r)
	case "answercallbackquery":
		result, err = s.answerCallbackQuery(r)
	case "setmycommands":
		result, err = s.setMyCommands(r)
	case "deletewebhook":
		s.mu.Lock()
		s.webhook = webhook{}
		s.mu.Unlock()
		result = true
	case "setwebhook":
		result, err = s.setWebhook(r)
	case "getchat":
		result, err = s.getChat(r)
	case "getchatmember":
		result, err = s.getChatMember(r)
	case "getchatadministrators":
		result, err = s.getChatAdministrators(r)
	default:
		err = &apiError{code: 404, desc: "Not Found"}
	}
	if err != nil {
		writeError(w, err)
		s.mu.Lock()
		if err.code == 429 {
			s.stats.TooMany++
		} else if err.code >= 400 && err.code < 500 {
			s.stats.Rejected++
		}
		s.notify()
		s.mu.Unlock()
		return
	}
	body, jerr := json.Marshal(result)
	if jerr != nil {
		writeError(w, &apiError{code: 500, desc: "Internal Server Error"})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(tgbotapi.APIResponse{Ok: true, Result: body})
}

func writeError(w http.ResponseWriter, e *apiError) {
	resp := tgbotapi.APIResponse{Ok: false, ErrorCode: e.code, Description: e.desc}
	if e.retryAfter > 0 || e.migrateTo != 0 {
		resp.Parameters = &tgbotapi.ResponseParameters{RetryAfter: e.retryAfter, MigrateToChatID: e.migrateTo}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.code)
	json.NewEncoder(w).Encode(resp)
}

// errDropped says the connection was closed without an answer.
var errDropped = &apiError{code: -1, desc: "dropped"}

func formInt(r *http.Request, key string) (int64, bool) {
	v := r.FormValue(key)
	if v == "" {
		return 0, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	return n, err == nil
}

// chatFor resolves chat_id, applying an injected fault for it first.
// Call with s.mu held. It returns errDropped after hijacking w when the
// fault says to drop the connection.
func (s *Server) chatFor(w http.ResponseWriter, r *http.Request, create bool) (*tgbotapi.Chat, *apiError) {
	id, ok := formInt(r, "chat_id")
	if !ok {
		return nil, badRequest("chat_id is empty")
	}
	if f := s.faults[id]; f != nil {
		s.stats.Faults++
		if f.Times > 0 {
			f.Times--
			if f.Times == 0 {
				delete(s.faults, id)
			}
		}
		if f.Drop && w != nil {
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
					return nil, errDropped
				}
			}
			return nil, &apiError{code: 502, desc: "Bad Gateway"}
		}
		return nil, &apiError{code: f.Code, desc: f.Description, retryAfter: f.RetryAfter, migrateTo: f.MigrateTo}
	}
	c := s.chats[id]
	if c == nil {
		if !create {
			return nil, badRequest("chat not found")
		}
		c = &tgbotapi.Chat{ID: id, Type: "private"}
		s.chats[id] = c
	}
	return c, nil
}

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
	plain, err := checkText(r.FormValue("text"), r.FormValue("parse_mode"))
	if err != nil {
		return nil, err
	}
	buttons, err := checkMarkup(r.FormValue("reply_markup"))
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
	plain, err := checkText(r.FormValue("text"), r.FormValue("parse_mode"))
	if err != nil {
		return nil, err
	}
	buttons, err := checkMarkup(r.FormValue("reply_markup"))
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
