namespace RigPlan.Core.Units;

/// <summary>The outcome of reading a value from text: the value, or why it could not be read.</summary>
public readonly record struct Parsed<T>
    where T : struct
{
    private Parsed(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value, when reading succeeded.</summary>
    public T? Value { get; }

    /// <summary>Why reading failed, when it did.</summary>
    public string? Error { get; }

    internal static Parsed<T> Make(T? value, string? error) => new(value, error);
}

/// <summary>Makes <see cref="Parsed{T}"/> values.</summary>
public static class Parsed
{
    /// <summary>A successful read.</summary>
    public static Parsed<T> Ok<T>(T value)
        where T : struct => Parsed<T>.Make(value, null);

    /// <summary>A failed read, with the reason.</summary>
    public static Parsed<T> Fail<T>(string error)
        where T : struct => Parsed<T>.Make(null, error);
}
