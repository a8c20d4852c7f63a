using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Network line rate, in gigabits per second.</summary>
public readonly record struct GigabitsPerSecond : IComparable<GigabitsPerSecond>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public GigabitsPerSecond(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in Gb/s.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static GigabitsPerSecond Zero => default;

    /// <inheritdoc />
    public int CompareTo(GigabitsPerSecond other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static GigabitsPerSecond operator +(GigabitsPerSecond a, GigabitsPerSecond b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static GigabitsPerSecond operator *(GigabitsPerSecond a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(GigabitsPerSecond a, GigabitsPerSecond b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(GigabitsPerSecond a, GigabitsPerSecond b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(GigabitsPerSecond a, GigabitsPerSecond b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(GigabitsPerSecond a, GigabitsPerSecond b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(GigabitsPerSecond a, GigabitsPerSecond b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " Gb/s";
}
