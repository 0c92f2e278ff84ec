#Requires -Version 5.1
# Import-OneRoster against the public conformance bundles in ../shared/conformance.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Quiet = @{ WarningAction = 'SilentlyContinue'; ErrorAction = 'SilentlyContinue' }
    $CmdletType = 'RosterTools.Commands.ImportOneRosterCommand'
}

Describe 'Import-OneRoster' {
    Context 'a bundle' {
        It 'imports a folder as one Roster' {
            $roster = @(Import-OneRoster -Path $MinimalBundle @Quiet)
            $roster.Count | Should -Be 1
            $roster[0] | Get-TypeName | Should -Be 'RosterTools.OneRoster.Roster'
            $roster[0].Users.Count | Should -Be 6
            $roster[0].Classes.Count | Should -Be 2
            $roster[0].Version.ToString() | Should -Be 'V1_1'
            $roster[0].Source | Should -Be $MinimalBundle
        }

        It 'imports a zip file' {
            $roster = Import-OneRoster -Path $DeltaZip @Quiet
            $roster.Version.ToString() | Should -Be 'V1_2'
            $roster.Users.Count | Should -Be 1
        }

        It 'derives the roles of a 1.1 bundle from users.csv' {
            $roster = Import-OneRoster -Path $MinimalBundle @Quiet
            $roster.Roles.Count | Should -BeGreaterOrEqual $roster.Users.Count
            @($roster.RolesOf('usr-222-123456')).Count | Should -BeGreaterOrEqual 1
        }

        It 'resolves a relative path against the current location' {
            Push-Location -LiteralPath $Moodle
            try {
                $roster = Import-OneRoster -Path 'Test_minimal_data_set' @Quiet
            }
            finally {
                Pop-Location
            }

            $roster.Users.Count | Should -Be 6
        }

        It 'writes a non-terminating RosterBundleUnreadable error for a file that is not a bundle, and goes on' {
            $rosters = @(Import-OneRoster -Path $NotABundle, $MinimalBundle -ErrorVariable problems -WarningAction SilentlyContinue -ErrorAction SilentlyContinue)
            $rosters.Count | Should -Be 1
            $unreadable = @($problems | Where-Object { $_.FullyQualifiedErrorId -eq "RosterBundleUnreadable,$CmdletType" })
            $unreadable.Count | Should -Be 1
            $unreadable[0].CategoryInfo.Category | Should -Be 'ReadError'
            $unreadable[0].TargetObject | Should -Be $NotABundle
        }
    }

    Context '-Path and -LiteralPath' {
        BeforeAll {
            # A bundle whose folder name has wildcard characters.
            $Bracketed = Join-Path $TestDrive 'export[1]'
            $null = [System.IO.Directory]::CreateDirectory($Bracketed)
            foreach ($file in Get-ChildItem -LiteralPath $MinimalBundle -File) {
                [System.IO.File]::Copy($file.FullName, [System.IO.Path]::Combine($Bracketed, $file.Name))
            }
        }

        It 'expands wildcards in -Path' {
            $rosters = @(Import-OneRoster -Path (Join-Path $Moodle '*.zip') @Quiet)
            $rosters.Count | Should -Be @(Get-ChildItem -LiteralPath $Moodle -Filter '*.zip').Count
            $rosters | ForEach-Object { $_.Source | Should -BeLike '*.zip' }
        }

        It 'writes RosterPathNotFound when a wildcard matches nothing' {
            $output = Import-OneRoster -Path (Join-Path $Moodle 'nothing-here-*.zip') -ErrorVariable problems -ErrorAction SilentlyContinue
            $output | Should -BeNullOrEmpty
            $problems[0].FullyQualifiedErrorId | Should -Be "RosterPathNotFound,$CmdletType"
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'writes RosterPathNotFound for a path that does not exist' {
            $null = Import-OneRoster -Path (Join-Path $TestDrive 'no-such-bundle') -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be "RosterPathNotFound,$CmdletType"
        }

        It 'takes -LiteralPath as written' {
            $roster = Import-OneRoster -LiteralPath $Bracketed @Quiet
            $roster.Users.Count | Should -Be 6
        }

        It 'takes the brackets of -Path as a wildcard' {
            $null = Import-OneRoster -Path $Bracketed -ErrorVariable problems -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
            @($problems | Where-Object { $_.FullyQualifiedErrorId -eq "RosterPathNotFound,$CmdletType" }).Count | Should -Be 1
        }

        It 'refuses a path outside the file system' {
            $output = Import-OneRoster -Path 'Variable:\PSVersionTable' -ErrorVariable problems -ErrorAction SilentlyContinue
            $output | Should -BeNullOrEmpty
            $problems[0].FullyQualifiedErrorId | Should -Be "RosterPathNotFileSystem,$CmdletType"
        }
    }

    Context 'pipeline input' {
        It 'binds strings to -Path' {
            $rosters = @($MinimalBundle, $DeltaZip | Import-OneRoster @Quiet)
            $rosters.Count | Should -Be 2
        }

        It 'binds a Path property by name' {
            $rosters = @([pscustomobject]@{ Path = $MinimalBundle } | Import-OneRoster @Quiet)
            $rosters.Count | Should -Be 1
        }

        It 'binds Get-ChildItem output to -LiteralPath by PSPath' {
            $zips = @(Get-ChildItem -LiteralPath $Moodle -Filter '*.zip')
            $rosters = @($zips | Import-OneRoster @Quiet)
            $rosters.Count | Should -Be $zips.Count
        }

        It 'binds Get-Item output for a folder whose name has brackets' {
            $bracketed = Join-Path $TestDrive 'export[2]'
            $null = [System.IO.Directory]::CreateDirectory($bracketed)
            foreach ($file in Get-ChildItem -LiteralPath $MinimalBundle -File) {
                [System.IO.File]::Copy($file.FullName, [System.IO.Path]::Combine($bracketed, $file.Name))
            }

            $roster = Get-Item -LiteralPath $bracketed | Import-OneRoster @Quiet
            $roster.Users.Count | Should -Be 6
        }
    }

    Context '-Entity' {
        It 'streams the records of one collection' {
            $users = @(Import-OneRoster -Path $MinimalBundle -Entity Users @Quiet)
            $users.Count | Should -Be 6
            @($users | Get-TypeName | Sort-Object -Unique) | Should -Be @('RosterTools.OneRoster.User')
        }

        It 'takes the collection name in any case' {
            @(Import-OneRoster -Path $MinimalBundle -Entity enrollments @Quiet).Count | Should -Be 6
            @(Import-OneRoster -Path $MinimalBundle -Entity ACADEMICSESSIONS @Quiet | Get-TypeName | Sort-Object -Unique) | Should -Be @('RosterTools.OneRoster.AcademicSession')
        }

        It 'refuses a name that is not a collection' {
            { Import-OneRoster -Path $MinimalBundle -Entity Students } | Should -Throw -ErrorId "ParameterArgumentValidationError,$CmdletType"
        }

        It 'derives roles from the users of a 1.1 bundle' {
            $roles = @(Import-OneRoster -Path $MinimalBundle -Entity Roles @Quiet)
            $roles.Count | Should -BeGreaterOrEqual 6
            @($roles | Get-TypeName | Sort-Object -Unique) | Should -Be @('RosterTools.OneRoster.RoleAssignment')
        }

        It 'writes each record as it is read, between the findings of the rows around it' {
            $stream = @(Import-OneRoster -Path $V12Bundle -Entity Users 3>&1 2>&1)
            $kinds = @($stream | ForEach-Object {
                    if ($_ -is [System.Management.Automation.WarningRecord] -or $_ -is [System.Management.Automation.ErrorRecord]) { 'finding' }
                    elseif ($_.GetType().FullName -eq 'RosterTools.OneRoster.User') { 'user' }
                    else { 'other' }
                })
            $firstUser = [array]::IndexOf($kinds, 'user')
            $lastFinding = [array]::LastIndexOf($kinds, 'finding')
            $firstUser | Should -BeGreaterOrEqual 0
            $lastFinding | Should -BeGreaterThan $firstUser -Because 'findings of later rows come after the first record was written'
        }

        It 'stops reading when the pipeline needs no more' {
            $first = @(Import-OneRoster -Path $V12Bundle -Entity Users @Quiet | Select-Object -First 1)
            $first.Count | Should -Be 1
        }

        It 'warns when the bundle has no such records' {
            $output = Import-OneRoster -Path $MinimalBundle -Entity UserProfiles -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
            $output | Should -BeNullOrEmpty
            ($warnings | ForEach-Object Message) -join "`n" | Should -Match 'No UserProfiles records'
        }
    }

    Context 'findings' {
        BeforeAll {
            $Roster = Import-OneRoster -Path $FullBundle -WarningVariable Warnings -ErrorVariable Problems -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        }

        It 'still outputs the roster (lenient by default)' {
            $Roster | Get-TypeName | Should -Be 'RosterTools.OneRoster.Roster'
            $Roster.ErrorCount | Should -BeGreaterThan 0
        }

        It 'writes every warning finding to the warning stream, as one line' {
            @($Warnings).Count | Should -Be $Roster.WarningCount
            $Warnings[0].Message | Should -Match 'Warning [A-Za-z]+: '
        }

        It 'writes every error finding to the error stream, with the Finding as its target' {
            @($Problems).Count | Should -Be $Roster.ErrorCount
            foreach ($problem in $Problems) {
                $problem.TargetObject | Get-TypeName | Should -Be 'RosterTools.Validation.Finding'
                $problem.CategoryInfo.Category | Should -Be 'InvalidData'
                $problem.FullyQualifiedErrorId | Should -Be ('OneRosterFinding.' + $problem.TargetObject.Code + ',' + $CmdletType)
                $problem.Exception.Message | Should -Match ([regex]::Escape($problem.TargetObject.Message))
            }
        }

        It 'names file, line and column in each finding' {
            $finding = @($Problems)[0].TargetObject
            $finding.File | Should -Match '\.csv$'
            $finding.Line | Should -BeGreaterThan 0
        }

        It 'keeps the findings on the roster' {
            @($Roster.Findings).Count | Should -Be (@($Warnings).Count + @($Problems).Count)
        }

        It 'stops at the first error finding with -ErrorAction Stop' {
            { Import-OneRoster -Path $FullBundle -WarningAction SilentlyContinue -ErrorAction Stop } | Should -Throw -ErrorId "OneRosterFinding.*,$CmdletType"
        }
    }

    Context '-Strict' {
        It 'writes the error findings, then a terminating RosterStrictImportFailed error instead of a roster' {
            $output = $null
            $thrown = $null
            try {
                $output = Import-OneRoster -Path $FullBundle -Strict -ErrorVariable problems -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
            }
            catch {
                $thrown = $_
            }

            $output | Should -BeNullOrEmpty
            $thrown | Should -Not -BeNullOrEmpty
            $thrown.FullyQualifiedErrorId | Should -Be "RosterStrictImportFailed,$CmdletType"
            $thrown.CategoryInfo.Category | Should -Be 'InvalidData'
            $thrown.TargetObject | Should -Be $FullBundle
            @($problems | Where-Object { $_.FullyQualifiedErrorId -like 'OneRosterFinding.*' }).Count | Should -BeGreaterThan 0
        }

        It 'is a terminating error for Should -Throw' {
            { Import-OneRoster -Path $FullBundle -Strict -WarningAction SilentlyContinue -ErrorAction SilentlyContinue } | Should -Throw -ErrorId "RosterStrictImportFailed,$CmdletType"
        }

        It 'stops a stream before the first record with an error' {
            $records = New-Object System.Collections.ArrayList
            { Import-OneRoster -Path $MinimalBundle -Entity Users -Strict -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | ForEach-Object { $null = $records.Add($_) } } |
                Should -Throw -ErrorId "RosterStrictImportFailed,$CmdletType"
            $records.Count | Should -BeLessThan 6
        }
    }

    Context 'progress' {
        It 'reports progress while it reads, and completes it' {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript('param($Manifest, $Bundle) Import-Module $Manifest; $null = Import-OneRoster -Path $Bundle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue').AddArgument($ModuleManifest).AddArgument($FullBundle)
                $null = $ps.Invoke()
                $records = @($ps.Streams.Progress)
                $records.Count | Should -BeGreaterThan 0
                $records[0].Activity | Should -BeLike 'Importing*'
                $records[$records.Count - 1].RecordType | Should -Be 'Completed'
            }
            finally {
                $ps.Dispose()
            }
        }
    }
}
