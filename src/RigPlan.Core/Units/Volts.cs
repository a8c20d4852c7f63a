using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Electrical potential, in volts.</summary>
public readonly record struct Volts : IComparable<Volts>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public Volts(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in V.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Volts Zero => default;

    /// <inheritdoc />
    public int CompareTo(Volts other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static Volts operator +(Volts a, Volts b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static Volts operator *(Volts a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(Volts a, Volts b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Volts a, Volts b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Volts a, Volts b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Volts a, Volts b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Volts a, Volts b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " V";
}
