using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Electrical power, in watts.</summary>
public readonly record struct Watts : IComparable<Watts>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public Watts(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in W.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Watts Zero => default;

    /// <inheritdoc />
    public int CompareTo(Watts other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static Watts operator +(Watts a, Watts b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static Watts operator *(Watts a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(Watts a, Watts b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Watts a, Watts b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Watts a, Watts b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Watts a, Watts b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Watts a, Watts b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " W";
}
