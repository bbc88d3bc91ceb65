#pragma once

#include <QtGlobal>

#include <vector>

// A fixed-capacity ring: storage is allocated once in the constructor and never grows; a push
// onto a full ring overwrites the oldest item. Index 0 is the oldest item held.
// Not thread-safe; a value type.
template <typename T>
class RingBuffer
{
public:
    explicit RingBuffer(int capacity = 0)
        : m_items(size_t(qMax(capacity, 0)))
    {
    }

    int capacity() const { return int(m_items.size()); }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == capacity(); }

    // Returns true if an older item was overwritten.
    bool push(const T &item)
    {
        if (m_items.empty())
            return true;
        const int slot = (m_head + m_size) % capacity();
        m_items[size_t(slot)] = item;
        if (m_size < capacity()) {
            ++m_size;
            return false;
        }
        m_head = (m_head + 1) % capacity();
        return true;
    }

    const T &at(int i) const { return m_items[size_t((m_head + i) % capacity())]; }
    const T &first() const { return at(0); }
    const T &last() const { return at(m_size - 1); }

    void clear()
    {
        m_head = 0;
        m_size = 0;
    }

    // Bytes the ring holds whatever its fill (the storage is allocated up front).
    qsizetype storageBytes() const { return qsizetype(m_items.capacity() * sizeof(T)); }

private:
    std::vector<T> m_items;
    int m_head = 0;
    int m_size = 0;
};
