using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Electrical current, in amperes.</summary>
public readonly record struct Amps : IComparable<Amps>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public Amps(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in A.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Amps Zero => default;

    /// <inheritdoc />
    public int CompareTo(Amps other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static Amps operator +(Amps a, Amps b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static Amps operator *(Amps a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(Amps a, Amps b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Amps a, Amps b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Amps a, Amps b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Amps a, Amps b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Amps a, Amps b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " A";
}
