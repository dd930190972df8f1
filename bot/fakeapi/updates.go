package fakeapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// getUpdates answers long polling: updates from offset on, waiting up to
// timeout seconds for one to arrive. Updates below offset are confirmed and
// forgotten, as Telegram does.
func (s *Server) getUpdates(r *http.Request) (any, *apiError) {
	offset, _ := formInt(r, "offset")
	limit, ok := formInt(r, "limit")
	if !ok || limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := formInt(r, "timeout")
	var timer <-chan time.Time
	if timeout > 0 {
		// Long polling is real waiting by nature; tests never depend on it
		// running out, they add updates.
		t := time.NewTimer(time.Duration(timeout) * time.Second)
		defer t.Stop()
		timer = t.C
	}
	s.mu.Lock()
	s.stats.GetUpdates++
	s.notify()
	s.mu.Unlock()
	for {
		s.mu.Lock()
		if s.webhook.url != "" {
			s.mu.Unlock()
			return nil, &apiError{code: 409, desc: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}
		}
		if offset > 0 {
			i := 0
			for i < len(s.updates) && int64(s.updates[i].UpdateID) < offset {
				i++
			}
			if i > 0 {
				s.updates = s.updates[i:]
				s.notify()
			}
		}
		n := min(int(limit), len(s.updates))
		out := append([]tgbotapi.Update{}, s.updates[:n]...)
		ch := s.changed
		s.mu.Unlock()
		if len(out) > 0 || timer == nil {
			return out, nil
		}
		select {
		case <-ch:
		case <-timer:
			return []tgbotapi.Update{}, nil
		case <-r.Context().Done():
			return []tgbotapi.Update{}, nil
		}
	}
}

// push queues an update, or posts it to the webhook when one is set.
func (s *Server) push(u tgbotapi.Update) tgbotapi.Update {
	s.mu.Lock()
	u.UpdateID = s.nextUpd
	s.nextUpd++
	hook := s.webhook
	if hook.url == "" {
		s.updates = append(s.updates, u)
	}
	s.notify()
	s.mu.Unlock()
	if hook.url != "" {
		s.deliver(hook, u)
	}
	return u
}

// deliver posts an update to the webhook with the secret token header, as
// Telegram does, and records whether the bot accepted it.
func (s *Server) deliver(hook webhook, u tgbotapi.Update) {
	body, _ := json.Marshal(u)
	req, err := http.NewRequest("POST", hook.url, bytes.NewReader(body))
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", "application/json")
	if hook.secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", hook.secret)
	}
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.webhookErrors++
	} else {
		resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			s.webhookErrors++
		}
	}
	s.notify()
}

// WebhookErrors counts webhook deliveries the bot did not accept.
func (s *Server) WebhookErrors() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhookErrors
}

// User returns a test user with the given id and first name.
func User(id int64, name string) tgbotapi.User {
	return tgbotapi.User{ID: id, FirstName: name, UserName: strings.ToLower(name)}
}

// PrivateChat returns the private chat of a user.
func PrivateChat(u tgbotapi.User) tgbotapi.Chat {
	return tgbotapi.Chat{ID: u.ID, Type: "private", FirstName: u.FirstName, UserName: u.UserName}
}

// message builds an incoming message from user (nil in a channel) in chat,
// registering both, with a bot_command entity when text starts with one.
func (s *Server) message(chat tgbotapi.Chat, from *tgbotapi.User, text string) *tgbotapi.Message {
	s.mu.Lock()
	if s.chats[chat.ID] == nil {
		c := chat
		s.chats[chat.ID] = &c
	}
	if from != nil {
		s.users[from.ID] = *from
		if s.members[chat.ID] == nil {
			s.members[chat.ID] = map[int64]string{}
		}
		if s.members[chat.ID][from.ID] == "" {
			s.members[chat.ID][from.ID] = "member"
		}
	}
	s.nextMsg[chat.ID]++
	id := s.nextMsg[chat.ID]
	now := s.opts.Now()
	s.mu.Unlock()
	c := chat
	m := &tgbotapi.Message{MessageID: id, From: from, Chat: &c, Date: int(now.Unix()), Text: text}
	if from == nil {
		m.SenderChat = &c
	}
	if strings.HasPrefix(text, "/") {
		n := strings.IndexAny(text, " \n\t")
		if n < 0 {
			n = len(text)
		}
		m.Entities = []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: UTF16Len(text[:n])}}
	}
	return m
}

// SendText plays user from sending text in chat (a channel post when chat
// is a channel) and returns the update.
func (s *Server) SendText(chat tgbotapi.Chat, from tgbotapi.User, text string) tgbotapi.Update {
	if chat.Type == "channel" {
		return s.push(tgbotapi.Update{ChannelPost: s.message(chat, nil, text)})
	}
	return s.push(tgbotapi.Update{Message: s.message(chat, &from, text)})
}

// SendAnonymous plays an anonymous group admin posting text: Telegram
// sends it from GroupAnonymousBot with the group as sender_chat.
func (s *Server) SendAnonymous(chat tgbotapi.Chat, text string) tgbotapi.Update {
	anon := tgbotapi.User{ID: 1087968824, IsBot: true, FirstName: "Group", UserName: "GroupAnonymousBot"}
	m := s.message(chat, &anon, text)
	c := chat
	m.SenderChat = &c
	return s.push(tgbotapi.Update{Message: m})
}

// Edit plays user from editing an earlier message of theirs in chat.
func (s *Server) Edit(chat tgbotapi.Chat, from tgbotapi.User, messageID int, text string) tgbotapi.Update {
	m := s.message(chat, &from, text)
	m.MessageID = messageID
	m.EditDate = m.Date
	return s.push(tgbotapi.Update{EditedMessage: m})
}

// Forward plays user from forwarding a message from a channel into chat:
// text, or a photo with a caption when photo is true.
func (s *Server) Forward(chat tgbotapi.Chat, from tgbotapi.User, origin tgbotapi.Chat, text string, photo bool) tgbotapi.Update {
	m := s.message(chat, &from, "")
	m.Entities = nil
	o := origin
	m.ForwardFromChat = &o
	m.ForwardFromMessageID = 42
	m.ForwardDate = m.Date
	if photo {
		m.Photo = []tgbotapi.PhotoSize{{FileID: "photo-1", FileUniqueID: "p1", Width: 640, Height: 480}}
		m.Caption = text
	} else {
		m.Text = text
	}
	return s.push(tgbotapi.Update{Message: m})
}

// Press plays user from pressing an inline button with callback data on
// the bot's message messageID in chat. Data need not be on any button, so
// tests can forge it. It returns the update; its CallbackQuery.ID finds the
// answer with CallbackAnswer.
func (s *Server) Press(chat tgbotapi.Chat, from tgbotapi.User, messageID int, data string) tgbotapi.Update {
	s.mu.Lock()
	s.nextQuery++
	id := strconv.Itoa(900000 + s.nextQuery)
	s.queries[id] = &callback{}
	s.users[from.ID] = from
	var msg *tgbotapi.Message
	for _, m := range s.messages[chat.ID] {
		if m.MessageID == messageID {
			c := chat
			bot := s.Bot()
			msg = &tgbotapi.Message{MessageID: m.MessageID, From: &bot, Chat: &c, Date: int(m.Date.Unix()), Text: m.Text}
		}
	}
	s.mu.Unlock()
	f := from
	return s.push(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: id, From: &f, Message: msg, ChatInstance: "ci", Data: data}})
}

// Push queues any update as is (its update_id is assigned), for the odd
// cases the helpers above do not build.
func (s *Server) Push(u tgbotapi.Update) tgbotapi.Update { return s.push(u) }
