using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Floating-point throughput, in 10^12 operations per second.</summary>
public readonly record struct TeraFlops : IComparable<TeraFlops>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public TeraFlops(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in TFLOPS.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static TeraFlops Zero => default;

    /// <inheritdoc />
    public int CompareTo(TeraFlops other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static TeraFlops operator +(TeraFlops a, TeraFlops b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static TeraFlops operator *(TeraFlops a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(TeraFlops a, TeraFlops b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(TeraFlops a, TeraFlops b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(TeraFlops a, TeraFlops b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(TeraFlops a, TeraFlops b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(TeraFlops a, TeraFlops b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " TFLOPS";
}
