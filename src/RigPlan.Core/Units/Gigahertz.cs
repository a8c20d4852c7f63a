using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Clock frequency, in gigahertz.</summary>
public readonly record struct Gigahertz : IComparable<Gigahertz>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public Gigahertz(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in GHz.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Gigahertz Zero => default;

    /// <inheritdoc />
    public int CompareTo(Gigahertz other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static Gigahertz operator +(Gigahertz a, Gigahertz b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static Gigahertz operator *(Gigahertz a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(Gigahertz a, Gigahertz b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Gigahertz a, Gigahertz b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Gigahertz a, Gigahertz b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Gigahertz a, Gigahertz b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Gigahertz a, Gigahertz b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " GHz";
}
