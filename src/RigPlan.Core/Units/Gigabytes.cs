using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Memory or storage size, in gigabytes (10^9 bytes, as GPU and DIMM vendors count).</summary>
public readonly record struct Gigabytes : IComparable<Gigabytes>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public Gigabytes(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in GB.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Gigabytes Zero => default;

    /// <inheritdoc />
    public int CompareTo(Gigabytes other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static Gigabytes operator +(Gigabytes a, Gigabytes b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static Gigabytes operator *(Gigabytes a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(Gigabytes a, Gigabytes b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Gigabytes a, Gigabytes b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Gigabytes a, Gigabytes b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Gigabytes a, Gigabytes b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Gigabytes a, Gigabytes b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " GB";
}
