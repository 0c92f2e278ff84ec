using System;

namespace RosterTools.OneRoster;

/// <summary>
/// A value from a OneRoster vocabulary (an enumeration of the specification). It keeps the text exactly as the
/// source had it, and the vocabulary member that text stands for when it stands for one: an off-spec value such
/// as <c>Scheduled</c> or <c>professor</c> is kept, never lost. Empty when the field was blank.
/// </summary>
/// <typeparam name="T">The vocabulary.</typeparam>
public readonly struct SpecEnum<T> : IEquatable<SpecEnum<T>>
    where T : struct, Enum
{
    /// <summary>A value that is a member of the vocabulary, spelled as the specification spells it.</summary>
    public SpecEnum(T value)
    {
        Value = value;
        Text = Vocabulary<T>.Name(value);
    }

    /// <summary>A value as read from a source: its text, and the member it stands for if any.</summary>
    public SpecEnum(T? value, string? text)
    {
        Value = value;
        Text = text;
    }

    /// <summary>The vocabulary member, or null when the field was blank or holds a value outside the vocabulary.</summary>
    public T? Value { get; }

    /// <summary>The text as it was in the source; null when the field was blank.</summary>
    public string? Text { get; }

    /// <summary>Whether the field was blank.</summary>
    public bool IsEmpty => Text is null;

    /// <summary>Whether the value is a member of the vocabulary.</summary>
    public bool IsKnown => Value.HasValue;

    /// <summary>The text as the specification spells it: the member's spelling when known, the source text otherwise.</summary>
    public string? SpecText => Value is T value ? Vocabulary<T>.Name(value) : Text;

    /// <summary>Makes a value from a vocabulary member.</summary>
    public static implicit operator SpecEnum<T>(T value) => new(value);

    /// <summary>Reads a value the way a OneRoster file is read: exact spelling, then any case, else kept as text only.</summary>
    public static SpecEnum<T> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        if (Vocabulary<T>.TryExact(text!, out var exact) || Vocabulary<T>.TryIgnoringCase(text!, out exact))
        {
            return new SpecEnum<T>(exact, text);
        }

        return new SpecEnum<T>(null, text);
    }

    /// <summary>Whether the value is <paramref name="member"/>.</summary>
    public bool Is(T member) => Value is T value && value.Equals(member);

    /// <summary>Two values are equal when they stand for the same member, or (outside the vocabulary) have the same text.</summary>
    public bool Equals(SpecEnum<T> other) =>
        Value.HasValue || other.Value.HasValue
            ? Nullable.Equals(Value, other.Value)
            : string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <summary>Equal to another value as <see cref="Equals(SpecEnum{T})"/> says, to a member, or to text in any case (for PowerShell's -eq).</summary>
    public override bool Equals(object? obj) => obj switch
    {
        SpecEnum<T> other => Equals(other),
        T member => Is(member),
        string text => Equals(Parse(text)),
        _ => false,
    };

    /// <inheritdoc/>
    public override int GetHashCode() => Value is T value ? value.GetHashCode() : Text?.GetHashCode() ?? 0;

    /// <summary>The spec spelling (see <see cref="SpecText"/>), or empty.</summary>
    public override string ToString() => SpecText ?? string.Empty;

    /// <summary>Equality as <see cref="Equals(SpecEnum{T})"/>.</summary>
    public static bool operator ==(SpecEnum<T> left, SpecEnum<T> right) => left.Equals(right);

    /// <summary>Inequality as <see cref="Equals(SpecEnum{T})"/>.</summary>
    public static bool operator !=(SpecEnum<T> left, SpecEnum<T> right) => !left.Equals(right);
}
