using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Data bandwidth, in gigabytes per second.</summary>
public readonly record struct GigabytesPerSecond : IComparable<GigabytesPerSecond>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public GigabytesPerSecond(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in GB/s.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static GigabytesPerSecond Zero => default;

    /// <inheritdoc />
    public int CompareTo(GigabytesPerSecond other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static GigabytesPerSecond operator +(GigabytesPerSecond a, GigabytesPerSecond b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static GigabytesPerSecond operator *(GigabytesPerSecond a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(GigabytesPerSecond a, GigabytesPerSecond b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(GigabytesPerSecond a, GigabytesPerSecond b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(GigabytesPerSecond a, GigabytesPerSecond b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(GigabytesPerSecond a, GigabytesPerSecond b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(GigabytesPerSecond a, GigabytesPerSecond b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " GB/s";
}
