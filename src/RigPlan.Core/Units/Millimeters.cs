using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Length, in millimetres.</summary>
public readonly record struct Millimeters : IComparable<Millimeters>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public Millimeters(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in mm.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Millimeters Zero => default;

    /// <inheritdoc />
    public int CompareTo(Millimeters other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static Millimeters operator +(Millimeters a, Millimeters b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static Millimeters operator *(Millimeters a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(Millimeters a, Millimeters b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Millimeters a, Millimeters b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Millimeters a, Millimeters b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Millimeters a, Millimeters b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Millimeters a, Millimeters b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " mm";
}
