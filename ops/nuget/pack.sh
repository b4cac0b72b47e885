#!/usr/bin/env bash
# Rebuilds every package of this local feed from its .nuspec (see README, "The local package feed").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for spec in "$here"/*.nuspec; do
  cat > "$work/Pack.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <IncludeBuildOutput>false</IncludeBuildOutput>
    <NuspecFile>$spec</NuspecFile>
    <NuspecBasePath>$here</NuspecBasePath>
    <NoWarn>NU5128;NU5131</NoWarn>
  </PropertyGroup>
</Project>
XML
  dotnet pack "$work/Pack.csproj" -o "$here" -nologo
  rm -rf "$work/bin" "$work/obj"
done
