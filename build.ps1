<#
.SYNOPSIS
    Builds RosterTools and lays out the ready-to-import module in out/RosterTools; with -Test, also runs the tests.

.DESCRIPTION
    A thin wrapper over the dotnet CLI, for Windows PowerShell 5.1 and PowerShell 7:

      ./build.ps1          dotnet build of RosterTools.sln (which lays out out/RosterTools), then a check that the
                           module folder has every file it needs.
      ./build.ps1 -Test    the same, then dotnet test (xunit), then the Pester 5 tests in tests/Pester against the
                           built module, in a fresh PowerShell process, when Pester 5 or later is installed.

.PARAMETER Configuration
    Debug (the default) or Release.

.PARAMETER Test
    Run the xunit tests and the Pester tests after building.

.EXAMPLE
    ./build.ps1
    Import-Module ./out/RosterTools/RosterTools.psd1

.EXAMPLE
    ./build.ps1 -Test -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    [switch] $Test
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0

$root = $PSScriptRoot
$solution = Join-Path $root 'RosterTools.sln'
$module = Join-Path (Join-Path $root 'out') 'RosterTools'

# The files out/RosterTools must have (the build checks the same list: build/ModuleLayout.targets).
$expected = @(
    'RosterTools.psd1'
    'RosterTools.Format.ps1xml'
    'RosterTools.dll'
    'en-US/RosterTools.dll-Help.xml'
    'en-US/about_RosterTools.help.txt'
    'Dependencies/net8.0/RosterTools.Engine.dll'
    'Dependencies/net8.0/CsvHelper.dll'
    'Dependencies/netstandard2.0/RosterTools.Engine.dll'
    'Dependencies/netstandard2.0/CsvHelper.dll'
    'Dependencies/net8.0/RosterTools.Entra.dll'
    'Dependencies/net8.0/Azure.Identity.dll'
    'Dependencies/netstandard2.0/RosterTools.Entra.dll'
    'Dependencies/netstandard2.0/Azure.Identity.dll'
)

function Invoke-Dotnet {
    param([string[]] $Arguments)

    Write-Host "dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed (exit code $LASTEXITCODE); the messages above say why."
    }
}

if (-not (Get-Command -Name dotnet -CommandType Application -ErrorAction SilentlyContinue)) {
    throw 'The .NET SDK is not on PATH. Install the SDK version in global.json (https://dot.net), then run ./build.ps1 again.'
}

Invoke-Dotnet @('build', $solution, '--configuration', $Configuration, '--nologo')

$missing = @($expected | Where-Object { -not (Test-Path -LiteralPath (Join-Path $module $_)) })
if ($missing.Count -gt 0) {
    throw "The module folder $module is incomplete; missing: $($missing -join ', '). Delete out/RosterTools and run ./build.ps1 again."
}

$stray = @(Get-ChildItem -LiteralPath $module -Recurse -Filter 'System.Management.Automation.dll')
if ($stray.Count -gt 0) {
    throw "The module folder must not ship System.Management.Automation.dll (PowerShell supplies it): $(($stray | ForEach-Object FullName) -join ', ')."
}

Write-Host "Module ready: $module" -ForegroundColor Green
Write-Host "  Import-Module $(Join-Path $module 'RosterTools.psd1')"

if (-not $Test) {
    return
}

Invoke-Dotnet @('test', $solution, '--configuration', $Configuration, '--no-build', '--nologo')

$pester = Get-Module -ListAvailable -Name Pester |
    Where-Object { $_.Version -ge [version]'5.0.0' } |
    Sort-Object -Property Version -Descending |
    Select-Object -First 1
if ($null -eq $pester) {
    Write-Warning ('Pester 5 is not installed, so the module tests in tests/Pester did not run. Install it with: ' +
        'Install-Module -Name Pester -MinimumVersion 5.0.0 -Scope CurrentUser -Force -SkipPublisherCheck')
    return
}

# A fresh process: the module loads from out/ as a user would get it, and this session keeps no lock on its files.
$shell = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
$tests = (Join-Path (Join-Path $root 'tests') 'Pester').Replace("'", "''")
$command = @"
`$ErrorActionPreference = 'Stop'
Import-Module -Name Pester -RequiredVersion '$($pester.Version)'
`$configuration = New-PesterConfiguration
`$configuration.Run.Path = '$tests'
`$configuration.Run.Exit = `$true
`$configuration.Output.Verbosity = 'Detailed'
Invoke-Pester -Configuration `$configuration
"@

Write-Host "Pester $($pester.Version): $tests" -ForegroundColor Cyan
$encoded = [System.Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($command))
& $shell -NoProfile -NonInteractive -EncodedCommand $encoded
if ($LASTEXITCODE -ne 0) {
    throw "The Pester tests failed ($LASTEXITCODE failed); see the output above."
}

Write-Host 'All tests passed.' -ForegroundColor Green
